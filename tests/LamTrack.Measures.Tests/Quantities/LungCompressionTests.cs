using LamTrack.Measures.Quantities;

namespace LamTrack.Measures.Tests.Quantities;

public sealed class LungCompressionTests
{
    [Theory]
    [InlineData(-5)] // compression cannot be negative
    [InlineData(100.1)] // more than the whole lung
    public void FromPercent_OutsideZeroToHundred_Throws(double value) =>
        Assert.Throws<ArgumentOutOfRangeException>(() => LungCompression.FromPercent(value));

    [Theory]
    [InlineData(0)] // boundary: no compression
    [InlineData(100)] // boundary: complete collapse
    public void FromPercent_Boundary_Accepted(double value) =>
        Assert.Equal(value, LungCompression.FromPercent(value).ToPercent());
}
