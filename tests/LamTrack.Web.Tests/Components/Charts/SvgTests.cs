using LamTrack.Web.Components.Charts;

namespace LamTrack.Web.Tests.Components.Charts;

public sealed class SvgTests
{
    [Fact]
    public void Thin_RunWithinTheResolution_KeepsFirstHighestLowestAndLastInOrder()
    {
        (double, double)[] points = [(0, 10), (0.1, 30), (0.2, 5), (0.3, 20), (0.4, 12), (5, 1)];

        IReadOnlyList<(double X, double Y)> thin = Svg.Thin(points);

        Assert.Equal([(0, 10), (0.1, 30), (0.2, 5), (0.4, 12), (5, 1)], thin);
    }

    [Fact]
    public void Thin_PointsFartherApartThanTheResolution_KeepsEveryPoint()
    {
        (double, double)[] points = [(0, 1), (1, 2), (2, 1), (3, 3)];

        Assert.Equal(points, Svg.Thin(points));
    }

    [Fact]
    public void Thin_NoPoints_IsEmpty()
    {
        Assert.Empty(Svg.Thin([]));
    }
}
