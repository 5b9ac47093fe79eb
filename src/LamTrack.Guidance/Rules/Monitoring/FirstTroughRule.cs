using LamTrack.Domain.Events;
using LamTrack.Guidance.Findings;
using NodaTime;

namespace LamTrack.Guidance.Rules.Monitoring;

/// <summary>LAM-MON-001: the first trough is due 10–20 days after a start or a dose change; later is overdue.</summary>
/// <remarks>A trough dated on the day of the change is taken as the level that prompted it, so only later troughs count.</remarks>
internal sealed class FirstTroughRule() : RuleBase("LAM-MON-001")
{
    public override RuleOutcome Evaluate(GuidanceContext context)
    {
        PatientTimeline t = context.Timeline;
        var doses = t.DoseEvents();
        if (doses.Count == 0)
        {
            return NotOnSirolimus(context);
        }

        (ClinicalEvent change, var dose) = doses[^1];
        LocalDate changed = change.Date.Midpoint;
        TroughLevel? first = t.Troughs.FirstOrDefault(tr => tr.Date.Midpoint > changed);
        int days = t.DaysSince(change.Date);
        var window = context.Settings.FirstTroughDays;
        string what = change is SirolimusCourse ? "start" : "dose change";
        var data = new List<DataPoint> { PatientTimeline.Point(change, $"sirolimus {what}", PatientTimeline.Format(dose)) };
        string due = $"{Day(changed.PlusDays(window.MinimumDays))} to {Day(changed.PlusDays(window.MaximumDays))}";
        if (first is not null)
        {
            return Drawn(context, first, changed, data);
        }

        if (days > window.MaximumDays && t.Patient.EventsOf<TroughSummary>().FirstOrDefault(s => s.Date.Latest >= changed && s.Date.Earliest <= t.AsOf) is { } summary)
        {
            data.Add(PatientTimeline.Point(summary, "trough range, individual dates not recorded", $"{PatientTimeline.Format(summary.Low)} to {PatientTimeline.Format(summary.High)}"));
            return Found(context.Finding(Severity.Info, $"Troughs after the {what} are recorded only as a range without dates.",
                "The monitoring schedule cannot be checked without dated levels.", "Record each trough with its date (and assay).", data, "firstTroughDays"));
        }

        return Found(days switch
        {
            _ when days < window.MinimumDays => context.Finding(Severity.Info, $"First trough after the {what} is due {due}.",
                Inv($"Day {days} after the {what}; the label asks for the trough {window}."), $"Draw a whole-blood trough between {due}.", data, "firstTroughDays"),
            _ when days <= window.MaximumDays => context.Finding(Severity.Consider, $"First trough after the {what} is due now ({due}).",
                Inv($"Day {days} after the {what}, within {window}."), "Draw a whole-blood trough now.", data, "firstTroughDays"),
            _ => context.Finding(Severity.Warning, Inv($"First trough after the {what} is overdue: {days} days, none recorded."),
                Inv($"The label asks for the trough {window} after a start or change; none is recorded since {Day(changed)}."), "Draw a whole-blood trough as soon as possible.", data, "firstTroughDays"),
        });
    }

    private RuleOutcome Drawn(GuidanceContext context, TroughLevel first, LocalDate changed, List<DataPoint> data)
    {
        int day = Period.DaysBetween(changed, first.Date.Midpoint);
        if (day >= context.Settings.FirstTroughDays.MinimumDays)
        {
            return Nothing();
        }

        data.Add(PatientTimeline.Point(first, "sirolimus trough", first.Result.ToString()));
        return Found(context.Finding(Severity.Info, Inv($"The first trough was drawn on day {day}, before steady state."),
            Inv($"With a half-life of about 62-82 hours, steady state takes about two weeks; the label window is {context.Settings.FirstTroughDays}."),
            "Interpret the level with caution and repeat it in the 10-20 day window before adjusting.", data, "firstTroughDays"));
    }
}
