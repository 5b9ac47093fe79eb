using LamTrack.Domain.Events;
using LamTrack.Guidance.Findings;

namespace LamTrack.Guidance.Rules.Surgery;

/// <summary>LAM-SUR-001: hold sirolimus for wound healing around surgery.</summary>
/// <remarks>The record holds performed surgery only (no planned operations), so the rule reports surgery whose wound is still healing while sirolimus is taken, with the pre-operative hold as advice for the next operation.</remarks>
internal sealed class PerioperativeHoldRule() : RuleBase("LAM-SUR-001")
{
    public override RuleOutcome Evaluate(GuidanceContext context)
    {
        PatientTimeline t = context.Timeline;
        if (!t.OnSirolimus)
        {
            return NotOnSirolimus(context);
        }

        Intervention? surgery = t.UnhealedSurgery();
        if (surgery is null)
        {
            return Nothing();
        }

        return Found(context.Finding(Severity.Warning, $"Surgery on {surgery.Date} while taking sirolimus: the wound may heal slowly.",
            "Label 5.6: sirolimus impairs wound healing and causes fluid accumulation (lymphocele); the case series reports delayed wound healing. A BMI above 30 kg/m2 adds to the risk (EU leaflet).",
            Inv($"Hold sirolimus until the wound has healed; for planned major surgery hold it {context.Settings.SurgeryHoldDays} before (unverified figure) and restart when the wound has healed."),
            [PatientTimeline.Point(surgery, "surgery", surgery.Description ?? surgery.Kind.ToString())], "surgeryHoldDays", "woundHealingAssumedDays"));
    }
}
