using LamTrack.Domain.Dates;
using LamTrack.Guidance.Findings;
using LamTrack.Guidance.Interactions;

namespace LamTrack.Guidance.Rules.Interaction;

/// <summary>LAM-INT-001: an interacting drug started on sirolimus (or sirolimus started on it) within the look-back window.</summary>
/// <remarks>The combination starts at the later of the two starts; it is reported for the look-back window (default 30 days).</remarks>
internal sealed class PerpetratorStartedRule() : RuleBase("LAM-INT-001")
{
    public override RuleOutcome Evaluate(GuidanceContext context)
    {
        PatientTimeline t = context.Timeline;
        if (t.ActiveCourse is not { } course)
        {
            return NotOnSirolimus(context);
        }

        var findings = new List<Finding>();
        foreach (var (medication, perpetrator) in PerpetratorMatches.Ongoing(context))
        {
            ClinicalDate start = medication.Date >= course.Date ? medication.Date : course.Date;
            int days = t.DaysSince(start);
            if (days >= 0 && days <= context.Settings.InteractionLookbackDays)
            {
                findings.Add(InteractionFinding.Build(context, medication, perpetrator, InteractionChange.Started, start));
            }
        }

        return Found(findings);
    }
}
