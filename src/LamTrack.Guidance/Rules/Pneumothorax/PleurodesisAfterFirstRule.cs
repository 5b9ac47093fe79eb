using LamTrack.Domain.Events;
using LamTrack.Guidance.Findings;

namespace LamTrack.Guidance.Rules.Pneumothorax;

/// <summary>LAM-PTX-002: offer ipsilateral pleurodesis after the first pneumothorax rather than waiting for a recurrence.</summary>
internal sealed class PleurodesisAfterFirstRule() : RuleBase("LAM-PTX-002")
{
    public override RuleOutcome Evaluate(GuidanceContext context)
    {
        var episodes = context.Timeline.Episodes;
        if (episodes.Count == 0)
        {
            return NotApplicable("missing input: no pneumothorax is recorded");
        }

        PneumothoraxEpisode latest = episodes[^1];
        if (PleurodesisCovers(context.Timeline, latest) is not null)
        {
            return Nothing();
        }

        string which = episodes.Count == 1 ? "the first pneumothorax" : Inv($"pneumothorax episode {episodes.Count}");
        return Found(context.Finding(Severity.Consider, $"No ipsilateral pleurodesis recorded after {which} ({latest.Side.ToString().ToLowerInvariant()}).",
            "ATS/JRS 2017 (conditional, very low confidence): offer ipsilateral pleurodesis after the first pneumothorax; recurrence was 66 % after conservative treatment, 27 % after chemical pleurodesis and 32 % after surgery (Almoosa 2006). Prior pleurodesis does not exclude transplantation.",
            "Offer ipsilateral pleurodesis; discuss the choice of agent (LAM-PTX-003).",
            [PatientTimeline.Point(latest, "pneumothorax", latest.Side.ToString()), new("pneumothorax episodes", Inv($"{episodes.Count}"), context.Timeline.AsOf)]));
    }

    private static Intervention? PleurodesisCovers(PatientTimeline t, PneumothoraxEpisode episode) =>
        t.Known<Intervention>().LastOrDefault(i =>
            i.Kind is InterventionKind.ChemicalPleurodesis or InterventionKind.SurgicalPleurodesis
            && (i.Side is null or PneumothoraxSide.Bilateral or PneumothoraxSide.Unspecified || episode.Side is PneumothoraxSide.Unspecified || i.Side == episode.Side
                || (episode.Side == PneumothoraxSide.Bilateral && i.Side is not null)));
}
