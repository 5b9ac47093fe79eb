using LamTrack.Testing;
using LamTrack.Web.Components.Charts;

namespace LamTrack.Web.Tests.Components.Charts;

public sealed class LinearScaleTests
{
    [Fact]
    public void Map_DomainEnds_LandOnRangeEnds()
    {
        var scale = new LinearScale(0, 20, 100, 300);

        Tolerance.AssertClose(100, scale.Map(0), 0, 1e-9);
        Tolerance.AssertClose(300, scale.Map(20), 0, 1e-9);
        Tolerance.AssertClose(150, scale.Map(5), 0, 1e-9);
    }

    [Fact]
    public void Map_ReversedRange_GrowsUpwardsAsAnSvgYAxis()
    {
        var scale = new LinearScale(0, 10, 200, 0);

        Assert.True(scale.Map(8) < scale.Map(2));
        Tolerance.AssertClose(40, scale.Map(8), 0, 1e-9);
    }

    [Fact]
    public void Map_DegenerateDomain_PutsTheValueInTheMiddle()
    {
        var scale = new LinearScale(5, 5, 0, 100);

        Tolerance.AssertClose(50, scale.Map(5), 0, 1e-9);
    }

    [Fact]
    public void MapClamped_ValueOutsideDomain_StaysOnTheRangeEnd()
    {
        var scale = new LinearScale(0, 10, 0, 100);

        Tolerance.AssertClose(100, scale.MapClamped(25), 0, 1e-9);
        Tolerance.AssertClose(0, scale.MapClamped(-3), 0, 1e-9);
    }

    [Theory]
    [InlineData(0.13, 0.2)] // between 1 and 2 times 0.1
    [InlineData(3.0, 5.0)] // between 2 and 5
    [InlineData(7.0, 10.0)] // above 5 rounds to the next power of ten
    [InlineData(1.0, 1.0)] // already round
    public void NiceStep_RawStep_RoundsUpToOneTwoOrFive(double raw, double expected)
    {
        Tolerance.AssertClose(expected, LinearScale.NiceStep(raw), 1e-12);
    }

    [Fact]
    public void Ticks_ZeroToTwenty_AreRoundAndInsideTheDomain()
    {
        var scale = new LinearScale(0, 20, 0, 100);

        Assert.Equal([0.0, 5.0, 10.0, 15.0, 20.0], scale.Ticks(4));
    }

    [Fact]
    public void Ticks_FractionalDomain_HaveNoFloatingPointNoise()
    {
        var scale = new LinearScale(0.1, 0.7, 0, 100);

        IReadOnlyList<double> ticks = scale.Ticks(3);

        Assert.Equal(["0.2", "0.4", "0.6"], ticks.Select(t => Svg.Value(t, 3)));
    }

    [Fact]
    public void NiceDomain_ExtendsToRoundEnds()
    {
        (double min, double max) = LinearScale.NiceDomain(0, 17.3, 4);

        Assert.Equal(0, min);
        Assert.Equal(20, max);
    }
}
