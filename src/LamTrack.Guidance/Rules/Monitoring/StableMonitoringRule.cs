using LamTrack.Domain.Events;
using LamTrack.Guidance.Findings;
using NodaTime;

namespace LamTrack.Guidance.Rules.Monitoring;

/// <summary>LAM-MON-003: once stable, a trough at least every 3 months; an overdue level is a finding.</summary>
/// <remarks>Applies after the first-trough window of the latest start or change (LAM-MON-001 covers the time before). A summary range without dates does not count as a level.</remarks>
internal sealed class StableMonitoringRule() : RuleBase("LAM-MON-003")
{
    public override RuleOutcome Evaluate(GuidanceContext context)
    {
        PatientTimeline t = context.Timeline;
        var doses = t.DoseEvents();
        if (doses.Count == 0)
        {
            return NotOnSirolimus(context);
        }

        ClinicalEvent latestChange = doses[^1].Event;
        TroughLevel? last = t.Troughs.LastOrDefault(tr => tr.Date.Midpoint > latestChange.Date.Midpoint);
        if (last is null)
        {
            return NotApplicable($"not yet stable: no trough since the latest start or dose change on {latestChange.Date} (see LAM-MON-001)");
        }

        int months = context.Settings.StableMonitoringIntervalMonths;
        LocalDate due = last.Date.Midpoint.PlusMonths(months);
        if (t.AsOf <= due)
        {
            return Nothing();
        }

        return Found(context.Finding(Severity.Warning, $"Trough overdue: the last level was on {last.Date}, due by {Day(due)}.",
            Inv($"Once stable, the label asks for therapeutic drug monitoring at least every {months} months."),
            "Draw a whole-blood trough at the next visit (within days).",
            [PatientTimeline.Point(last, "last sirolimus trough", last.Result.ToString())], "stableMonitoringIntervalMonths"));
    }
}
