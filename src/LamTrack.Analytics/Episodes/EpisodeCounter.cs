using LamTrack.Analytics.Cohort;
using LamTrack.Domain.Events;
using LamTrack.Statistics.Numerics;

namespace LamTrack.Analytics.Episodes;

/// <summary>Turns recorded pneumothorax episodes into counted events.</summary>
/// <remarks>
/// Episodes are taken in onset order (midpoints of imprecise dates). With <see cref="AnalysisOptions.MergeOverlappingEpisodes"/>,
/// an episode whose onset is before the resolution of the episode being built (latest known resolution midpoint
/// of its members) is folded into it: it is the same pneumothorax spreading, not a recurrence. An episode without
/// a known resolution never absorbs the next one. Left plus right folds to bilateral.
/// </remarks>
internal static class EpisodeCounter
{
    public static List<MergedEpisode> Merge(IEnumerable<PneumothoraxEpisode> episodes, AnalysisOptions options)
    {
        var merged = new List<MergedEpisode>();
        foreach (PneumothoraxEpisode e in StableOrder.By(episodes, e => DayNumber.Mid(e.Date)))
        {
            int onset = DayNumber.Mid(e.Date);
            int? resolution = e.Resolution is null ? null : DayNumber.Mid(e.Resolution);
            if (options.MergeOverlappingEpisodes && merged.Count > 0 && merged[^1].ResolutionDay is int open && onset < open)
            {
                merged[^1] = merged[^1].Absorb(e, resolution);
            }
            else
            {
                merged.Add(new MergedEpisode(e.Id, [e.Id], onset, e.Side, resolution));
            }
        }

        return merged;
    }

    public static int WeightOf(PneumothoraxSide side, BilateralCounting counting) =>
        side == PneumothoraxSide.Bilateral && counting == BilateralCounting.PerSide ? 2 : 1;

    internal sealed record MergedEpisode(string Id, List<string> RecordedIds, int OnsetDay, PneumothoraxSide Side, int? ResolutionDay)
    {
        public MergedEpisode Absorb(PneumothoraxEpisode e, int? resolution)
        {
            RecordedIds.Add(e.Id);
            int? latest = resolution is int r && r > (ResolutionDay ?? int.MinValue) ? r : ResolutionDay;
            return this with { Side = Combine(Side, e.Side), ResolutionDay = latest };
        }

        private static PneumothoraxSide Combine(PneumothoraxSide a, PneumothoraxSide b) => (a, b) switch
        {
            _ when a == b => a,
            (PneumothoraxSide.Unspecified, _) => b,
            (_, PneumothoraxSide.Unspecified) => a,
            _ => PneumothoraxSide.Bilateral,
        };
    }
}
