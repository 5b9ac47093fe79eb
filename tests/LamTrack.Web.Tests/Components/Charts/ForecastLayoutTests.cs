using LamTrack.Testing;
using LamTrack.Web.Components.Charts;
using NodaTime;

namespace LamTrack.Web.Tests.Components.Charts;

public sealed class ForecastLayoutTests
{
    private static readonly LocalDateTime s_start = new(2018, 3, 1, 8, 0);

    private static ForecastSeries Series(double upper) => new("Forecast", [
        new ForecastPoint(s_start, 6, 4, 8),
        new ForecastPoint(s_start.PlusHours(24), 7, 5, upper),
        new ForecastPoint(s_start.PlusHours(48), 8, 5.5, upper),
    ]) { TargetLow = 5, TargetHigh = 15 };

    [Fact]
    public void Hours_CountFromTheEarliestTime()
    {
        var layout = new ForecastLayout(Series(10));

        Assert.Equal(s_start, layout.Origin);
        Tolerance.AssertClose(36, layout.Hours(s_start.PlusHours(36)), 0, 1e-9);
    }

    [Fact]
    public void Area_ValueAxisStartsAtZeroAndReachesTheTargetAndTheBand()
    {
        Assert.Equal(0, new ForecastLayout(Series(10)).Area.Y.DomainMin);
        Assert.True(new ForecastLayout(Series(10)).Area.Y.DomainMax >= 15);
        Assert.True(new ForecastLayout(Series(31)).Area.Y.DomainMax >= 31);
    }

    [Fact]
    public void BandPath_RunsAlongTheUpperEdgeThenBackAlongTheLower()
    {
        var layout = new ForecastLayout(Series(10));

        string expected = Svg.Band(
            [layout.Map(s_start, 8), layout.Map(s_start.PlusHours(24), 10), layout.Map(s_start.PlusHours(48), 10)],
            [layout.Map(s_start, 4), layout.Map(s_start.PlusHours(24), 5), layout.Map(s_start.PlusHours(48), 5.5)]);
        Assert.Equal(expected, layout.BandPath());
    }

    [Fact]
    public void XTicks_FallOnMidnightsAfterTheOrigin()
    {
        var layout = new ForecastLayout(Series(10));

        IReadOnlyList<AxisTick> ticks = layout.XTicks();

        Assert.Equal(["03-02", "03-03"], ticks.Select(t => t.Label));
        Tolerance.AssertClose(layout.Area.X.Map(16), ticks[0].Position, 0, 1e-9);
    }

    [Fact]
    public void Area_NextLevelLaterThanTheForecast_WidensTheTimeAxis()
    {
        ForecastSeries series = Series(10) with { NextLevel = s_start.PlusDays(7) };

        Assert.True(new ForecastLayout(series).Area.X.DomainMax >= 7 * 24);
    }
}
