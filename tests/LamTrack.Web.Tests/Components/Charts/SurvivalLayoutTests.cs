using LamTrack.Testing;
using LamTrack.Web.Components.Charts;

namespace LamTrack.Web.Tests.Components.Charts;

public sealed class SurvivalLayoutTests
{
    private static SurvivalCurve Curve(params SurvivalStep[] steps) => new("Free of recurrence", steps);

    [Fact]
    public void CurvePath_StartsAtOneAndStepsDownAtEachEventTime()
    {
        var layout = new SurvivalLayout(Curve(new SurvivalStep(1, 0.8, null, null), new SurvivalStep(3, 0.4, null, null)));
        PlotArea a = layout.Area;

        string expected = Svg.Path(
        [
            a.Map(0, 1), (a.X.Map(1), a.Y.Map(1)), a.Map(1, 0.8), (a.X.Map(3), a.Y.Map(0.8)), a.Map(3, 0.4), (a.X.Map(3), a.Y.Map(0.4)),
        ]);
        Assert.Equal(expected, layout.CurvePath());
    }

    [Fact]
    public void CurvePath_LowerEstimate_IsDrawnLower()
    {
        var high = new SurvivalLayout(Curve(new SurvivalStep(1, 0.9, null, null)));
        var low = new SurvivalLayout(Curve(new SurvivalStep(1, 0.3, null, null)));

        Assert.NotEqual(high.CurvePath(), low.CurvePath());
        Assert.True(low.Area.Y.Map(0.3) > high.Area.Y.Map(0.9));
    }

    [Fact]
    public void IntervalPath_WithoutIntervals_IsEmpty_WithIntervals_IsClosed()
    {
        var without = new SurvivalLayout(Curve(new SurvivalStep(1, 0.8, null, null)));
        var with = new SurvivalLayout(Curve(new SurvivalStep(1, 0.8, 0.5, 0.95)));

        Assert.Empty(without.IntervalPath());
        Assert.EndsWith("Z", with.IntervalPath(), StringComparison.Ordinal);
    }

    [Fact]
    public void CensorMarks_SitOnTheCurveAtTheirTimes()
    {
        SurvivalCurve curve = Curve(new SurvivalStep(1, 0.8, null, null), new SurvivalStep(3, 0.4, null, null)) with { CensoredTimes = [2, 0.5] };
        var layout = new SurvivalLayout(curve);

        (double X, double Y)[] marks = [.. layout.CensorMarks()];

        Tolerance.AssertClose(layout.Area.Y.Map(0.8), marks[0].Y, 0, 1e-9);
        Tolerance.AssertClose(layout.Area.Y.Map(1), marks[1].Y, 0, 1e-9);
        Tolerance.AssertClose(layout.Area.X.Map(2), marks[0].X, 0, 1e-9);
    }

    [Fact]
    public void Area_TimeAxisCoversTheLastCensoring()
    {
        SurvivalCurve curve = Curve(new SurvivalStep(1, 0.8, null, null)) with { CensoredTimes = [7.3] };

        Assert.True(new SurvivalLayout(curve).Area.X.DomainMax >= 7.3);
    }

    [Fact]
    public void CensorMarks_ManyTimesWithinAPixel_AreDrawnOnce()
    {
        SurvivalCurve curve = Curve(new SurvivalStep(1, 0.8, null, null)) with { CensoredTimes = [2, 2.0001, 2.0002, 5] };
        var layout = new SurvivalLayout(curve);

        Assert.Equal(2, layout.CensorMarks().Count);
        Assert.Equal(2, layout.CensorPath().Split('M', StringSplitOptions.RemoveEmptyEntries).Length);
    }

    [Fact]
    public void SurvivalAt_BetweenBeforeAndAtSteps_IsTheLastStepAtOrBefore()
    {
        var layout = new SurvivalLayout(Curve(new SurvivalStep(1, 0.8, null, null), new SurvivalStep(3, 0.4, null, null), new SurvivalStep(4, 0.2, null, null)));

        Assert.Equal(1, layout.SurvivalAt(0.5));
        Assert.Equal(0.8, layout.SurvivalAt(1));
        Assert.Equal(0.8, layout.SurvivalAt(2.9));
        Assert.Equal(0.4, layout.SurvivalAt(3.5));
        Assert.Equal(0.2, layout.SurvivalAt(10));
    }

    [Fact]
    public void CurvePath_ThousandsOfSteps_IsThinnedToTheChartsResolutionAndKeepsItsEnds()
    {
        SurvivalStep[] steps = [.. Enumerable.Range(1, 5000).Select(i => new SurvivalStep(i / 500.0, 1 - (i / 6000.0), null, null))];
        var layout = new SurvivalLayout(Curve(steps));

        string path = layout.CurvePath();

        int points = path.Split(['M', 'L'], StringSplitOptions.RemoveEmptyEntries).Length;
        Assert.InRange(points, 100, 4 * (int)(layout.Area.Width / Svg.Resolution));
        Assert.StartsWith(Svg.Path([layout.Area.Map(0, 1)]), path, StringComparison.Ordinal);
        Assert.EndsWith(Svg.N(layout.Area.Y.Map(1 - (5000 / 6000.0))), path, StringComparison.Ordinal);
    }
}
