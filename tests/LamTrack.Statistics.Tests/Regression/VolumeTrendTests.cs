using LamTrack.Measures.Quantities;
using LamTrack.Statistics.Regression;
using LamTrack.Testing;
using NodaTime;

namespace LamTrack.Statistics.Tests.Regression;

public sealed class VolumeTrendTests
{
    [Fact]
    public void Fit_LossOfHundredMillilitresOverJulianYear_IsMinusHundredPerYear()
    {
        var start = new LocalDate(2020, 1, 1);
        DatedVolume[] fev1 =
        [
            new(start.PlusDays(365), Volume.FromMillilitres(1900)), // given out of order on purpose
            new(start, Volume.FromMillilitres(2000)),
        ];
        VolumeTrend trend = VolumeTrend.Fit(fev1);
        Tolerance.AssertClose(-100 * 365.25 / 365, trend.Slope.ToMillilitresPerYear(), 1e-12);
        Tolerance.AssertClose(-100 * 365.25 / 365 / 12, trend.Slope.ToMillilitresPerMonth(), 1e-12);
        Assert.Equal(start, trend.First);
        Assert.Equal(2, trend.Measurements);
        Assert.Null(trend.SlopeStandardError);
    }

    [Fact]
    public void Fit_ThreeMeasurements_ReportsStandardErrorPerYear()
    {
        var start = new LocalDate(2021, 3, 1);
        DatedVolume[] fev1 =
        [
            new(start, Volume.FromMillilitres(2000)),
            new(start.PlusDays(100), Volume.FromMillilitres(1990)),
            new(start.PlusDays(200), Volume.FromMillilitres(1940)),
        ];
        VolumeTrend trend = VolumeTrend.Fit(fev1);
        LinearFit raw = LeastSquaresLine.Fit([0, 100, 200], [2000, 1990, 1940]);
        Tolerance.AssertClose(raw.SlopeStandardError!.Value * 365.25, trend.SlopeStandardError!.Value, 1e-12);
    }

    [Fact]
    public void Fit_OneMeasurement_Throws() =>
        Assert.Throws<ArgumentException>(() => VolumeTrend.Fit([new(new LocalDate(2020, 1, 1), Volume.FromLitres(2))]));

    [Fact]
    public void Fit_SameDate_Throws()
    {
        var day = new LocalDate(2020, 1, 1);
        Assert.Throws<ArgumentException>(() => VolumeTrend.Fit([new(day, Volume.FromLitres(2)), new(day, Volume.FromLitres(2.1))]));
    }
}
