using LamTrack.Guidance.Catalogue;
using LamTrack.Domain.Dates;
using LamTrack.Domain.Events;
using LamTrack.Guidance.Findings;
using LamTrack.Guidance.Interactions;
using LamTrack.Measures.Quantities;
using NodaTime;

namespace LamTrack.Guidance.Rules.Interaction;

/// <summary>Builds an interaction finding: direction, expected size (from the forecaster when available) and action.</summary>
internal static class InteractionFinding
{
    public static Finding Build(GuidanceContext context, CoMedication medication, Perpetrator perpetrator, InteractionChange change, ClinicalDate changeDate)
    {
        PatientTimeline t = context.Timeline;
        LocalDate day = changeDate.Midpoint;
        bool rises = (perpetrator.Effect == InteractionEffect.Inhibitor) == (change == InteractionChange.Started);
        string direction = rises ? "rise (toxicity risk)" : "fall (risk of pneumothorax recurrence)";
        TroughLevel? before = t.Troughs.LastOrDefault(tr => tr.Date.Midpoint <= day);
        TroughLevel? after = t.Troughs.FirstOrDefault(tr => tr.Date.Midpoint > day);
        DailyDose dose = t.ActiveCourse!.DoseOn(day) ?? t.ActiveCourse.DoseOn(t.AsOf) ?? DailyDose.FromMilligramsPerDay(0);
        LocalDate drawBy = day.PlusDays(context.Settings.InteractionTroughWithinDays);
        var request = new InteractionForecastRequest(t.Patient.Id, perpetrator, change, day, dose, before?.Result.Value, before?.Date.Midpoint)
        {
            Patient = t.Patient,
            NextTroughDate = drawBy,
            Window = (context.Settings.TargetWindow.Low, context.Settings.TargetWindow.High),
        };
        InteractionForecastOutcome forecast = context.Forecaster.Forecast(request);
        var data = Data(medication, perpetrator, change, changeDate, before, after);
        string size = forecast.Forecast is { } f ? Size(f) : "Expected size: no forecast available.";
        string verb = change == InteractionChange.Started ? "started" : "stopped";
        Severity severity = perpetrator.Strength == PerpetratorStrength.Strong ? Severity.Warning : Severity.Consider;
        string message = $"{Capital(perpetrator.Name)} ({perpetrator.Effect.ToString().ToLowerInvariant()}) {verb} on {changeDate}: sirolimus levels are expected to {direction}. {size}";
        string avoid = perpetrator.Strength == PerpetratorStrength.Strong && change == InteractionChange.Started ? "The label advises avoiding this combination; use an alternative if possible. " : string.Empty;
        string action = avoid + $"Adjust the sirolimus dose {(rises ? "down" : "up")} under close monitoring and draw a trough by {drawBy:yyyy-MM-dd} (within about {context.Settings.InteractionTroughWithinDays} days)"
            + (after is null ? "; no trough since the change is recorded." : ".");
        var caveats = new List<string>();
        if (forecast.UnavailableReason is { } reason)
        {
            caveats.Add(reason);
        }

        caveats.AddRange(PerpetratorMatches.UnknownAgents(context.Perpetrators, medication)
            .Select(a => $"{a} (named in {medication.Therapy}): not in the interaction table; effect unknown, not modelled"));
        Finding finding = context.FindingWith(severity, message, $"{perpetrator.Note} ({perpetrator.Tag.Code()}).", action, data, caveats, "interactionTroughWithinDays", "interactionLookbackDays");
        return finding with { Interaction = forecast.Forecast is { } sized ? Expected(sized, perpetrator, dose, context) : null };
    }

    private static InteractionExpectation Expected(InteractionForecast f, Perpetrator perpetrator, DailyDose dose, GuidanceContext context)
    {
        double fold = 1.0 / f.TroughFoldChange;
        Settings.TroughWindow window = context.Settings.TargetWindow;
        double target = (window.Low.ToNanogramsPerMillilitre() + window.High.ToNanogramsPerMillilitre()) / 2;
        double? doseBack = f.ExpectedTrough is { } expected && expected.ToNanogramsPerMillilitre() > 0 && dose.ToMilligramsPerDay() > 0
            ? new LamTrack.Pharmacokinetics.Proposals.ProportionalRule(dose.ToMilligramsPerDay(), expected.ToNanogramsPerMillilitre(), target).NewDailyMilligrams
            : null;
        return new InteractionExpectation(perpetrator.Name, fold, f.TroughFoldChange, f.ExpectedTrough?.ToNanogramsPerMillilitre(), f.DaysToNewSteadyState, doseBack,
            doseBack is { } d && d > LamTrack.Pharmacokinetics.Proposals.SirolimusLabel.MaximumDailyDose.ToMilligramsPerDay(), f.Method)
        {
            Individual = f.Individual,
        };
    }

    private static List<DataPoint> Data(CoMedication medication, Perpetrator perpetrator, InteractionChange change, ClinicalDate changeDate, TroughLevel? before, TroughLevel? after)
    {
        var data = new List<DataPoint> { PatientTimeline.Point(changeDate, $"{medication.Therapy} {change.ToString().ToLowerInvariant()} ({medication.Id})", $"{perpetrator.Effect}, {perpetrator.Strength}") };
        if (before is not null)
        {
            data.Add(PatientTimeline.Point(before, "trough before the change", before.Result.ToString()));
        }

        if (after is not null)
        {
            data.Add(PatientTimeline.Point(after, "trough after the change", after.Result.ToString()));
        }

        return data;
    }

    private static string Size(InteractionForecast f)
    {
        string to = f.ExpectedTrough is { } c ? $" to about {PatientTimeline.Format(c)}" : string.Empty;
        string size = string.Create(System.Globalization.CultureInfo.InvariantCulture, $"Expected size: trough x{f.TroughFoldChange:0.##}{to} within about {f.DaysToNewSteadyState} days ({f.Method}; {f.Source.Tag.Code()}).");
        return f.Individual is { } i ? size + " " + Individual(i) : size;
    }

    private static string Individual(IndividualInteractionForecast i)
    {
        string dose = i.DoseBackToWindow is { } d
            ? string.Create(System.Globalization.CultureInfo.InvariantCulture, $"; about {d.ToMilligramsPerDay():0.##} mg/day would bring it back to the window centre{(i.DoseBeyondLabel ? " (beyond the label maximum: shown, not capped)" : string.Empty)}")
            : "; no daily dose brings it back to the window centre under the model";
        return $"On the current dose ({i.Basis}): {Band(i.NextTrough)} on {i.NextTroughDate:yyyy-MM-dd}, {Band(i.SteadyState)} at the new steady state{dose}.";
    }

    private static string Band(TroughPrediction p) =>
        $"{PatientTimeline.Format(p.Prediction)} (90 % interval {PatientTimeline.Format(p.Lower)}–{PatientTimeline.Format(p.Upper)})";

    private static string Capital(string name) => name.Length == 0 ? name : char.ToUpperInvariant(name[0]) + name[1..];
}
