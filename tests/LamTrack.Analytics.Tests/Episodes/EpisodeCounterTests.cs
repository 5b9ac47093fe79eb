using LamTrack.Analytics.Cohort;
using LamTrack.Analytics.Episodes;
using LamTrack.Domain.Events;
using static LamTrack.Analytics.Tests.TestPatients;

namespace LamTrack.Analytics.Tests.Episodes;

public sealed class EpisodeCounterTests
{
    [Fact]
    public void Merge_SecondSideBeforeFirstResolved_IsOneBilateralEpisode()
    {
        // Case 4's pattern: right pneumothorax, then the left lung two days later, before the right resolved.
        PneumothoraxEpisode[] recorded =
        [
            Episode("a", Day(2020, 1, 1), PneumothoraxSide.Right, Day(2020, 1, 20)),
            Episode("b", Day(2020, 1, 3), PneumothoraxSide.Left, Day(2020, 1, 25)),
        ];
        var merged = EpisodeCounter.Merge(recorded, AnalysisOptions.Default);
        var only = Assert.Single(merged);
        Assert.Equal(PneumothoraxSide.Bilateral, only.Side);
        Assert.Equal(["a", "b"], only.RecordedIds);
    }

    [Fact]
    public void Merge_RecordedOutOfOnsetOrder_MergesInOnsetOrder()
    {
        // The later episode recorded first: taken in onset order it is the second side of the first, not a new one.
        PneumothoraxEpisode[] recorded =
        [
            Episode("b", Day(2020, 1, 3), PneumothoraxSide.Left, Day(2020, 1, 25)),
            Episode("a", Day(2020, 1, 1), PneumothoraxSide.Right, Day(2020, 1, 20)),
        ];
        var only = Assert.Single(EpisodeCounter.Merge(recorded, AnalysisOptions.Default));
        Assert.Equal(["a", "b"], only.RecordedIds);
    }

    [Fact]
    public void Merge_MergingOff_KeepsBoth()
    {
        PneumothoraxEpisode[] recorded =
        [
            Episode("a", Day(2020, 1, 1), PneumothoraxSide.Right, Day(2020, 1, 20)),
            Episode("b", Day(2020, 1, 3), PneumothoraxSide.Left),
        ];
        Assert.Equal(2, EpisodeCounter.Merge(recorded, AnalysisOptions.Default with { MergeOverlappingEpisodes = false }).Count);
    }

    [Fact]
    public void Merge_PreviousResolutionUnknown_IsANewEpisode()
    {
        PneumothoraxEpisode[] recorded = [Episode("a", Day(2020, 1, 1)), Episode("b", Day(2020, 1, 3))];
        Assert.Equal(2, EpisodeCounter.Merge(recorded, AnalysisOptions.Default).Count);
    }

    [Fact]
    public void Merge_OnsetAfterResolution_IsARecurrence()
    {
        PneumothoraxEpisode[] recorded = [Episode("a", Day(2020, 1, 1), resolved: Day(2020, 1, 10)), Episode("b", Day(2020, 1, 10))];
        Assert.Equal(2, EpisodeCounter.Merge(recorded, AnalysisOptions.Default).Count);
    }

    [Theory]
    [InlineData(PneumothoraxSide.Bilateral, BilateralCounting.OneEvent, 1)] // one event with two sides
    [InlineData(PneumothoraxSide.Bilateral, BilateralCounting.PerSide, 2)] // each side counts
    [InlineData(PneumothoraxSide.Left, BilateralCounting.PerSide, 1)] // one side is one event in either rule
    public void WeightOf_SideAndRule_CountsAsDocumented(PneumothoraxSide side, BilateralCounting rule, int expected) =>
        Assert.Equal(expected, EpisodeCounter.WeightOf(side, rule));
}
