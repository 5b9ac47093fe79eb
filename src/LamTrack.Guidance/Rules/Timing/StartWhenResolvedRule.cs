using LamTrack.Domain.Events;
using LamTrack.Guidance.Findings;

namespace LamTrack.Guidance.Rules.Timing;

/// <summary>LAM-TIM-002: with recurrent pneumothorax, start sirolimus as soon as the pneumothorax has resolved and wounds have healed.</summary>
internal sealed class StartWhenResolvedRule() : RuleBase("LAM-TIM-002")
{
    public override RuleOutcome Evaluate(GuidanceContext context)
    {
        PatientTimeline t = context.Timeline;
        var episodes = t.Episodes;
        if (t.OnSirolimus || episodes.Count < 2 || t.OpenEpisode() is not null || t.UnhealedSurgery() is not null)
        {
            return Nothing();
        }

        PneumothoraxEpisode last = episodes[^1];
        var data = new List<DataPoint>
        {
            PatientTimeline.Point(last, "latest pneumothorax", last.Resolution is { } r ? $"resolved {r}" : "resolution assumed (not recorded)"),
            new("pneumothorax episodes", Inv($"{episodes.Count}"), t.AsOf),
        };
        return Found(context.Finding(Severity.Consider, "Pneumothorax resolved and no wound healing: sirolimus can be started now to prevent relapse.",
            "Case series strategy: once the pneumothorax has completely resolved and surgical wounds have healed, start sirolimus as soon as possible.",
            "Discuss starting sirolimus now (2 mg/day; first trough 10-20 days later).", data, "pneumothoraxAssumedResolvedAfterDays", "woundHealingAssumedDays"));
    }
}
