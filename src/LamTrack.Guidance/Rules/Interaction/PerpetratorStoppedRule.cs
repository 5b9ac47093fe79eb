using LamTrack.Guidance.Findings;
using LamTrack.Guidance.Interactions;

namespace LamTrack.Guidance.Rules.Interaction;

/// <summary>LAM-INT-002: an interacting drug stopped while on sirolimus: the level moves back the other way (case 4: inducer stopped, level above 15 ng/mL).</summary>
internal sealed class PerpetratorStoppedRule() : RuleBase("LAM-INT-002")
{
    public override RuleOutcome Evaluate(GuidanceContext context)
    {
        PatientTimeline t = context.Timeline;
        if (t.ActiveCourse is not { } course)
        {
            return NotOnSirolimus(context);
        }

        var findings = new List<Finding>();
        foreach (var (medication, perpetrator) in PerpetratorMatches.Known(context))
        {
            if (medication.Stop is not { } stop || !t.IsKnown(stop) || stop < course.Date)
            {
                continue;
            }

            if (t.DaysSince(stop) <= context.Settings.InteractionLookbackDays)
            {
                findings.Add(InteractionFinding.Build(context, medication, perpetrator, InteractionChange.Stopped, stop));
            }
        }

        return Found(findings);
    }
}
