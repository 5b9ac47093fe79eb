using LamTrack.Measures.Quantities;

namespace LamTrack.Measures.Tests.Quantities;

public sealed class VolumeChangeRateTests
{
    [Fact]
    public void FromMillilitresPerDay_OneDayPerDay_IsJulianYearPerYear() =>
        Assert.Equal(365.25, VolumeChangeRate.FromMillilitresPerDay(1).ToMillilitresPerYear());

    [Fact]
    public void ToMillilitresPerMonth_MinusSixtyPerYear_IsMinusFive() =>
        Assert.Equal(-5, VolumeChangeRate.FromMillilitresPerYear(-60).ToMillilitresPerMonth());

    [Theory]
    [InlineData(100_001)] // beyond any physiological change
    [InlineData(-100_001)] // beyond any physiological decline
    [InlineData(double.NaN)] // missing value
    public void FromMillilitresPerYear_OutOfRange_Throws(double value) =>
        Assert.Throws<ArgumentOutOfRangeException>(() => VolumeChangeRate.FromMillilitresPerYear(value));

    [Fact]
    public void CompareTo_Decline_IsLessThanGain() =>
        Assert.True(VolumeChangeRate.FromMillilitresPerYear(-50) < VolumeChangeRate.FromMillilitresPerYear(10));
}
