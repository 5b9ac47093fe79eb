using LamTrack.Measures.Quantities;
using LamTrack.Testing;

namespace LamTrack.Measures.Tests.Quantities;

public sealed class VolumeChangeRateTests
{
    [Theory]
    [InlineData(double.NaN)] // arithmetic accident upstream
    [InlineData(-100_000.1)] // below the accepted range
    [InlineData(double.PositiveInfinity)] // not finite
    public void FromMillilitresPerYear_InvalidValue_Throws(double value) =>
        Assert.Throws<ArgumentOutOfRangeException>(() => VolumeChangeRate.FromMillilitresPerYear(value));

    [Fact]
    public void FromMillilitresPerMonth_MilesPlaceboSlope_IsMinus144PerYear() =>
        Tolerance.AssertClose(-144, VolumeChangeRate.FromMillilitresPerMonth(-12).ToMillilitresPerYear(), 1e-15); // MILES placebo −12 mL/month

    [Fact]
    public void FromMillilitresPerDay_RoundTrips()
    {
        VolumeChangeRate rate = VolumeChangeRate.FromMillilitresPerDay(-2.30); // Neurohr 2011 pre-treatment slope
        Tolerance.AssertClose(-2.30 * 365.25, rate.ToMillilitresPerYear(), 1e-15);
        Tolerance.AssertClose(-2.30, rate.ToMillilitresPerDay(), 1e-15);
    }

    [Fact]
    public void Equality_ValueSemantics() =>
        ValueSemantics.AssertValueSemantics(
            VolumeChangeRate.FromMillilitresPerYear(-90),
            VolumeChangeRate.FromMillilitresPerYear(-90),
            VolumeChangeRate.FromMillilitresPerYear(10));

    [Fact]
    public void ToString_UsesUcum() => Assert.Equal("-90 mL/a", VolumeChangeRate.FromMillilitresPerYear(-90).ToString());
}
