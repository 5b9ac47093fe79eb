using LamTrack.Reporting.Figures;
using ScottPlot;

namespace LamTrack.Reporting.Tests.Figures;

public sealed class ReachablePathMarkerTests
{
    public static TheoryData<MarkerShape> PathShapes() =>
    [
        MarkerShape.FilledTriangleUp, MarkerShape.FilledTriangleDown, MarkerShape.OpenTriangleUp,
        MarkerShape.OpenTriangleDown, MarkerShape.FilledDiamond, MarkerShape.Cross, MarkerShape.Eks,
    ];

    [Theory]
    [MemberData(nameof(PathShapes))]
    public void Render_PathShape_DrawsTheSamePixelsAsScottPlot(MarkerShape shape)
    {
        byte[] scottPlot = MarkerPng(shape, shape.GetMarker());
        byte[] reachable = MarkerPng(shape, ReachablePathMarker.Instance);
        Assert.Equal(scottPlot, reachable);
    }

    [Fact]
    public void Render_DifferentShape_DrawsDifferentPixels()
    {
        // Guards the test above: the comparison would notice a wrong outline.
        Assert.NotEqual(MarkerPng(MarkerShape.Cross, MarkerShape.Eks.GetMarker()), MarkerPng(MarkerShape.Cross, ReachablePathMarker.Instance));
    }

    [Theory]
    [InlineData(MarkerShape.Asterisk, false)]
    [InlineData(MarkerShape.FilledCircle, false)]
    [InlineData(MarkerShape.Cross, true)]
    public void Draws_Shape_NamesOnlyThePathShapesItOutlines(MarkerShape shape, bool expected) =>
        Assert.Equal(expected, ReachablePathMarker.Draws(shape));

    // One marker in the middle of a plot with no axes, drawn with the given renderer.
    private static byte[] MarkerPng(MarkerShape shape, IMarker renderer) => FigureOutput.PngBytes(
        () =>
        {
            var plot = new Plot();
            plot.Layout.Frameless();
            plot.Axes.SetLimits(-1, 1, -1, 1);
            var marker = plot.Add.Marker(0, 0, shape, 40, Colors.DarkRed);
            marker.MarkerLineWidth = 3;
            marker.MarkerStyle.CustomRenderer = renderer;
            return plot;
        },
        80,
        80);
}
