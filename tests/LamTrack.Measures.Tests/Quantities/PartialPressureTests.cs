using LamTrack.Measures.Quantities;
using LamTrack.Testing;

namespace LamTrack.Measures.Tests.Quantities;

public sealed class PartialPressureTests
{
    [Fact]
    public void FromKilopascals_StandardAtmosphere_Is760MillimetresOfMercury() =>
        Tolerance.AssertClose(760, PartialPressure.FromKilopascals(101.325).ToMillimetresOfMercury(), 1e-12);

    [Fact]
    public void ToKilopascals_Case4PaO2_RoundTrips() =>
        Tolerance.AssertClose(45.5, PartialPressure.FromKilopascals(PartialPressure.FromMillimetresOfMercury(45.5).ToKilopascals()).ToMillimetresOfMercury(), 1e-12);

    [Theory]
    [InlineData(-1)] // below zero pressure
    [InlineData(1000.5)] // above the accepted physiological range
    public void FromMillimetresOfMercury_OutOfRange_Throws(double value) =>
        Assert.Throws<ArgumentOutOfRangeException>(() => PartialPressure.FromMillimetresOfMercury(value));
}
