using LamTrack.Guidance.Catalogue;
using LamTrack.Domain.Events;
using LamTrack.Guidance.Findings;
using LamTrack.Measures.Quantities;
using LamTrack.Pharmacokinetics.Proposals;

namespace LamTrack.Guidance.Rules.Trough;

/// <summary>LAM-TRO-001: a measured trough within the chosen window, or below it (but not very low).</summary>
/// <remarks>Proportional adjustment (EU SmPC): new dose = current dose × target ÷ measured trough, with the window midpoint as the target.</remarks>
internal sealed class TroughWindowRule() : RuleBase("LAM-TRO-001")
{
    public override RuleOutcome Evaluate(GuidanceContext context)
    {
        PatientTimeline t = context.Timeline;
        (TroughLevel? current, RuleOutcome? notApplicable) = CurrentTrough(context);
        if (current is not { } trough)
        {
            return notApplicable!;
        }

        if (trough.Result.Censoring != TroughCensoring.None || LatestTrough.IsVeryLow(trough, context) || LatestTrough.IsAbove(trough, context))
        {
            return Nothing();
        }

        var window = context.Settings.TargetWindow;
        MassConcentration value = trough.Result.Value!.Value;
        DailyDose? dose = t.ActiveCourse!.DoseOn(trough.Date.Midpoint);
        var data = new List<DataPoint> { PatientTimeline.Point(trough, "sirolimus trough", trough.Result.ToString()), new("sirolimus dose", PatientTimeline.Format(dose), trough.Date.Midpoint) };
        if (window.Contains(value))
        {
            return Found(context.Finding(Severity.Info, $"Trough {trough.Result} is within the {window} window.", $"Target window: {window} ({window.Source.Tag.Code()}).",
                "Keep the dose; next trough per the monitoring schedule.", data, "targetWindow"));
        }

        return Found(context.Finding(Severity.Consider, $"Trough {trough.Result} is below the {window} window.",
            $"Target window {window}. The case series saw no recurrence at 3-10 ng/mL, and low-dose cohorts (< 5 ng/mL) report benefit, so a level just below the window may be acceptable.",
            Adjustment(dose, value, window), data, "targetWindow"));
    }

    private static string Adjustment(DailyDose? dose, MassConcentration measured, Settings.TroughWindow window)
    {
        double target = (window.Low.ToNanogramsPerMillilitre() + window.High.ToNanogramsPerMillilitre()) / 2;
        if (dose is not { } current || measured.ToNanogramsPerMillilitre() <= 0)
        {
            return "Check adherence and interacting drugs; consider a proportional dose increase.";
        }

        var rule = new ProportionalRule(current.ToMilligramsPerDay(), measured.ToNanogramsPerMillilitre(), target);
        double maximum = SirolimusLabel.MaximumDailyDose.ToMilligramsPerDay();
        return Inv($"Check adherence and interacting drugs; if raising the dose, the label's proportion gives {current.ToMilligramsPerDay():0.##} x {target:0.#} / {measured.ToNanogramsPerMillilitre():0.##} = {rule.NewDailyMilligrams:0.##} mg/day for the window midpoint (Japanese label maximum {maximum:0.##} mg/day); recheck the trough 10-20 days after the change.");
    }
}
