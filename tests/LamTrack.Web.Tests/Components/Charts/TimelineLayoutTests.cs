using LamTrack.Testing;
using LamTrack.Web.Components.Charts;
using NodaTime;

namespace LamTrack.Web.Tests.Components.Charts;

public sealed class TimelineLayoutTests
{
    private static readonly LocalDate s_start = new(2016, 1, 1);

    private static TimelineModel Model(params TimelineItem[] items) =>
        new(items, s_start, s_start.PlusDays(365)) { TargetLow = 5, TargetHigh = 15 };

    private static TimelineItem Trough(string id, int day, double level, TimelineMarker marker = TimelineMarker.Level) =>
        new(id, TimelineLane.Troughs, marker, s_start.PlusDays(day), "Trough") { Level = level };

    [Fact]
    public void Constructor_LanesAreStackedInEnumOrderWithTheirHeights()
    {
        var episode = new TimelineItem("e", TimelineLane.Pneumothorax, TimelineMarker.Point, s_start.PlusDays(10), "Episode");
        var layout = new TimelineLayout(Model(Trough("t", 20, 8), episode));

        Assert.Equal([TimelineLane.Pneumothorax, TimelineLane.Troughs], layout.Lanes);
        Tolerance.AssertClose(layout.LaneTop(TimelineLane.Pneumothorax) + TimelineLayout.LaneHeight, layout.LaneTop(TimelineLane.Troughs), 0, 1e-9);
        Tolerance.AssertClose(layout.LaneTop(TimelineLane.Troughs) + TimelineLayout.TroughLaneHeight, layout.PlotBottom, 0, 1e-9);
    }

    [Fact]
    public void MarkerY_HigherTrough_IsDrawnHigherAndInsideItsLane()
    {
        TimelineItem low = Trough("low", 20, 3);
        TimelineItem high = Trough("high", 40, 12);
        var layout = new TimelineLayout(Model(low, high));

        double top = layout.LaneTop(TimelineLane.Troughs);
        Assert.True(layout.MarkerY(high) < layout.MarkerY(low));
        Assert.InRange(layout.MarkerY(high), top, top + TimelineLayout.TroughLaneHeight);
        Assert.InRange(layout.MarkerY(low), top, top + TimelineLayout.TroughLaneHeight);
    }

    [Fact]
    public void Levels_ReachAboveTheTargetBand()
    {
        var layout = new TimelineLayout(Model(Trough("t", 20, 2)));

        Assert.NotNull(layout.Levels);
        Assert.True(layout.Levels.DomainMax >= 15);
        Assert.Equal(0, layout.Levels.DomainMin);
    }

    [Fact]
    public void IsVisible_ZoomedRange_HidesItemsOutsideIt()
    {
        TimelineItem early = Trough("early", 10, 5);
        TimelineItem late = Trough("late", 300, 5);
        var layout = new TimelineLayout(Model(early, late), from: s_start.PlusDays(200), to: s_start.PlusDays(365));

        Assert.False(layout.IsVisible(early));
        Assert.True(layout.IsVisible(late));
    }

    [Fact]
    public void StartX_Zoomed_SpreadsTheRangeOverThePlot()
    {
        TimelineItem item = Trough("t", 250, 5);
        var whole = new TimelineLayout(Model(item));
        var zoomed = new TimelineLayout(Model(item), from: s_start.PlusDays(200), to: s_start.PlusDays(300));

        Tolerance.AssertClose(TimelineLayout.PlotLeft + ((zoomed.PlotRight - TimelineLayout.PlotLeft) / 2), zoomed.StartX(item), 0, 1e-9);
        Assert.NotEqual(whole.StartX(item), zoomed.StartX(item));
    }

    [Fact]
    public void EndX_PeriodRunningPastTheZoom_IsClippedToThePlotEdge()
    {
        var course = new TimelineItem("c", TimelineLane.Sirolimus, TimelineMarker.Bar, s_start.PlusDays(10), "Course") { End = s_start.PlusDays(360) };
        var layout = new TimelineLayout(Model(course), from: s_start, to: s_start.PlusDays(100));

        Tolerance.AssertClose(layout.PlotRight, layout.EndX(course), 0, 1e-9);
    }
}
