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
}
