using LamTrack.Application.Pharmacokinetics;
using LamTrack.Web.Components.Charts;
using LamTrack.Web.Components.Pages.Dosing;
using NodaTime;

namespace LamTrack.Web.Tests.Components.Pages;

public sealed class ForecastSeriesBuilderTests
{
    private static readonly LocalDateTime s_origin = new(2017, 8, 1, 8, 0);

    [Fact]
    public void Observation_MeasuredLevel_IsALevelAtItsHoursFromTheReference()
    {
        ForecastObservation mark = ForecastSeriesBuilder.Observation(s_origin, new TroughPoint(48 - 0.25, new LocalDate(2017, 8, 3), 7.25, null, null));

        Assert.Equal(TimelineMarker.Level, mark.Marker);
        Assert.Equal(7.25, mark.Level);
        Assert.Equal(new LocalDateTime(2017, 8, 3, 7, 45), mark.Time);
    }

    [Theory]
    [InlineData(null, 15.0, TimelineMarker.AboveLimit, 15.0)] // reported only as above 15 ng/mL (case 4)
    [InlineData(2.0, null, TimelineMarker.BelowLimit, 2.0)] // reported only as below the limit
    [InlineData(null, null, TimelineMarker.Undetectable, 0.0)] // neither value nor limit: undetectable, drawn at zero
    public void Observation_CensoredLevel_IsDrawnAtItsLimitAsCensored(double? below, double? above, TimelineMarker marker, double level)
    {
        ForecastObservation mark = ForecastSeriesBuilder.Observation(s_origin, new TroughPoint(24, new LocalDate(2017, 8, 2), null, below, above));

        Assert.Equal(marker, mark.Marker);
        Assert.Equal(level, mark.Level);
    }
}
