using LamTrack.Statistics.Regression;
using LamTrack.Testing;

namespace LamTrack.Statistics.Tests.Regression;

public sealed class LeastSquaresLineTests
{
    [Fact]
    public void Fit_ExactLine_RecoversSlopeAndInterceptWithZeroError()
    {
        LinearFit fit = LeastSquaresLine.Fit([0, 1, 2, 3], [5, 3, 1, -1]);
        Tolerance.AssertClose(-2, fit.Slope, 1e-14);
        Tolerance.AssertClose(5, fit.Intercept, 1e-14);
        Tolerance.AssertClose(0, fit.SlopeStandardError!.Value, 0, 1e-14);
    }

    [Fact]
    public void Fit_NoisyPoints_MatchesLm()
    {
        // R 4.2.2: coef(summary(lm(c(3.1, 2.9, 3.4, 3.0, 2.5) ~ c(0, 90, 180, 270, 365)))), printed to 15 digits.
        LinearFit fit = LeastSquaresLine.Fit([0, 90, 180, 270, 365], [3.1, 2.9, 3.4, 3.0, 2.5]);
        Tolerance.AssertClose(-0.00122434194638976, fit.Slope, 1e-12);
        Tolerance.AssertClose(3.20160589229654668, fit.Intercept, 1e-12);
        Tolerance.AssertClose(0.0011058662750482, fit.SlopeStandardError!.Value, 1e-12);
    }

    [Fact]
    public void Fit_TwoPoints_HasNoStandardError() =>
        Assert.Null(LeastSquaresLine.Fit([0, 1], [1, 2]).SlopeStandardError);

    [Fact]
    public void Fit_LargeAbscissae_StaysPrecise()
    {
        // Day numbers near 740 000 (years since 1 AD): centring keeps the slope exact.
        LinearFit fit = LeastSquaresLine.Fit([740_000, 740_001, 740_002], [1, 3, 5]);
        Tolerance.AssertClose(2, fit.Slope, 1e-12);
    }

    [Theory]
    [InlineData(1)] // one point has no slope
    [InlineData(0)] // no point at all
    public void Fit_TooFewPoints_Throws(int count) =>
        Assert.Throws<ArgumentException>(() => LeastSquaresLine.Fit(new double[count], new double[count]));

    [Fact]
    public void Fit_AllSameX_Throws() =>
        Assert.Throws<ArgumentException>(() => LeastSquaresLine.Fit([2, 2, 2], [1, 2, 3]));

    [Fact]
    public void Fit_NotFinite_Throws() =>
        Assert.Throws<ArgumentException>(() => LeastSquaresLine.Fit([0, 1], [1, double.PositiveInfinity]));
}
