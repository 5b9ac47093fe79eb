using ScottPlot;
using SkiaSharp;

namespace LamTrack.Reporting.Figures;

/// <summary>Draws the marker shapes that ScottPlot outlines with a path (triangles, diamond, cross, eks) with the same
/// geometry as ScottPlot 5.1, but holds the path until the native draw has returned.</summary>
/// <remarks>
/// ScottPlot 5.1's own renderers for these shapes make an <c>SKPath</c> and pass it to <c>SKCanvas.DrawPath</c> as
/// their last use of it, and SkiaSharp 3's <c>DrawPath</c> keeps no reference to its argument while the native call
/// runs. When the collector runs at that moment, the path's finalizer frees the native path that Skia is still
/// reading: a segmentation fault in <c>libSkiaSharp.so</c> that ends the process. A native backtrace of that fault
/// reads <c>ScottPlot.Markers.Cross.Render</c> → <c>SKCanvas.DrawPath</c> → Skia. Here the path is disposed only after
/// the last draw, so it stays reachable for the whole call.
/// </remarks>
internal sealed class ReachablePathMarker : IMarker
{
    /// <summary>The one instance; it keeps no state, and reads the shape from the style it is given.</summary>
    public static ReachablePathMarker Instance { get; } = new();

    /// <summary>Whether this renderer draws the shape.</summary>
    public static bool Draws(MarkerShape shape) => shape is MarkerShape.FilledTriangleUp or MarkerShape.FilledTriangleDown
        or MarkerShape.OpenTriangleUp or MarkerShape.OpenTriangleDown or MarkerShape.FilledDiamond
        or MarkerShape.Cross or MarkerShape.Eks;

    /// <inheritdoc/>
    public void Render(SKCanvas canvas, Paint paint, Pixel center, float size, MarkerStyle markerStyle)
    {
        ArgumentNullException.ThrowIfNull(markerStyle);
        MarkerShape shape = markerStyle.Shape;
        using SKPath path = Outline(shape, center, size);
        if (shape is MarkerShape.FilledTriangleUp or MarkerShape.FilledTriangleDown or MarkerShape.FilledDiamond)
        {
            Drawing.FillPath(canvas, paint, path, markerStyle.FillStyle, new PixelRect(center, FillRadius(shape, size)));
            Drawing.DrawPath(canvas, paint, path, markerStyle.OutlineStyle);
        }
        else
        {
            Drawing.DrawPath(canvas, paint, path, markerStyle.LineStyle);
        }
    }

    private static SKPath Outline(MarkerShape shape, Pixel center, float size) => shape switch
    {
        MarkerShape.FilledTriangleUp or MarkerShape.OpenTriangleUp => Triangle(center, size, pointsUp: true),
        MarkerShape.FilledTriangleDown or MarkerShape.OpenTriangleDown => Triangle(center, size, pointsUp: false),
        MarkerShape.FilledDiamond => Diamond(center, size / 2),
        MarkerShape.Cross => Strokes(center, size / 2, (1, 0), (0, 1)),
        MarkerShape.Eks => Strokes(center, size / 2, (1, 1), (-1, 1)),
        _ => throw new ArgumentOutOfRangeException(nameof(shape), shape, "Not a shape this renderer draws."),
    };

    // An equilateral triangle whose side is the marker size: circumradius size / sqrt(3), as ScottPlot draws it.
    private static float TriangleRadius(float size) => (float)(size / 1.732);

    private static float FillRadius(MarkerShape shape, float size) =>
        shape == MarkerShape.FilledDiamond ? size / 2 : TriangleRadius(size);

    private static SKPath Triangle(Pixel c, float size, bool pointsUp)
    {
        float radius = TriangleRadius(size);
        float xOffset = (float)(radius * 0.866);
        float yOffset = radius / 2;
        float sign = pointsUp ? 1 : -1;
        var path = new SKPath();
        path.AddPoly([new(c.X, c.Y - (sign * radius)), new(c.X + xOffset, c.Y + (sign * yOffset)), new(c.X - xOffset, c.Y + (sign * yOffset))]);
        return path;
    }

    private static SKPath Diamond(Pixel c, float radius)
    {
        var path = new SKPath();
        path.AddPoly([new(c.X + radius, c.Y), new(c.X, c.Y + radius), new(c.X - radius, c.Y), new(c.X, c.Y - radius)]);
        return path;
    }

    // Two strokes through the centre, each along a direction scaled by the half-size; ScottPlot draws the first from
    // the positive end to the negative end.
    private static SKPath Strokes(Pixel c, float half, (int X, int Y) first, (int X, int Y) second)
    {
        var path = new SKPath();
        foreach ((int x, int y) in new[] { first, second })
        {
            path.MoveTo(c.X + (x * half), c.Y + (y * half));
            path.LineTo(c.X - (x * half), c.Y - (y * half));
        }

        return path;
    }
}
