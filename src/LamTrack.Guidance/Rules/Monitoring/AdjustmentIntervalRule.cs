using LamTrack.Guidance.Findings;
using NodaTime;

namespace LamTrack.Guidance.Rules.Monitoring;

/// <summary>LAM-MON-002: keep each new dose at least 7–14 days before the next adjustment.</summary>
internal sealed class AdjustmentIntervalRule() : RuleBase("LAM-MON-002")
{
    public override RuleOutcome Evaluate(GuidanceContext context)
    {
        var doses = context.Timeline.DoseEvents();
        if (doses.Count == 0)
        {
            return NotOnSirolimus(context);
        }

        var window = context.Settings.DaysBetweenAdjustments;
        var findings = new List<Finding>();
        for (int i = 1; i < doses.Count; i++)
        {
            int gap = Period.DaysBetween(doses[i - 1].Event.Date.Midpoint, doses[i].Event.Date.Midpoint);
            if (gap < window.MinimumDays)
            {
                findings.Add(context.Finding(Severity.Warning, Inv($"Dose adjusted {gap} days after the previous change."),
                    Inv($"Because of the long half-life, the label asks to keep a new dose at least {window} before the next adjustment."),
                    "Hold the current dose until a steady-state trough is available before adjusting again.",
                    [PatientTimeline.Point(doses[i - 1].Event, "dose", PatientTimeline.Format(doses[i - 1].Dose)), PatientTimeline.Point(doses[i].Event, "dose", PatientTimeline.Format(doses[i].Dose))],
                    "daysBetweenAdjustments"));
            }
        }

        int sinceLast = context.Timeline.DaysSince(doses[^1].Event.Date);
        if (doses.Count > 1 && sinceLast < window.MinimumDays)
        {
            LocalDate earliest = doses[^1].Event.Date.Midpoint.PlusDays(window.MinimumDays);
            findings.Add(context.Finding(Severity.Info, $"Dose changed {sinceLast} days ago: no further adjustment before {Day(earliest)}.",
                Inv($"The label asks for at least {window} between adjustments."), $"Keep the dose until at least {Day(earliest)} and adjust on a steady-state trough.",
                [PatientTimeline.Point(doses[^1].Event, "dose", PatientTimeline.Format(doses[^1].Dose))], "daysBetweenAdjustments"));
        }

        return Found(findings);
    }
}
