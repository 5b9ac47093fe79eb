using ScottPlot;

namespace LamTrack.Reporting.Figures;

/// <summary>Gives every marker of a plot a renderer that keeps its native objects alive while Skia draws them.</summary>
/// <remarks>See <see cref="ReachablePathMarker"/> for the fault this prevents. Shapes that ScottPlot draws without a
/// path (circles, squares) keep ScottPlot's renderer; a visible marker of any other path-drawn shape is refused, so a
/// new figure cannot bring the fault back unnoticed.</remarks>
internal static class MarkerRenderers
{
    /// <summary>Sets <see cref="ReachablePathMarker"/> on the markers of every plottable and manual legend item.</summary>
    /// <exception cref="NotSupportedException">A visible marker has a path-drawn shape this project does not draw.</exception>
    public static void Apply(Plot plot)
    {
        ArgumentNullException.ThrowIfNull(plot);
        foreach (IHasMarker plottable in plot.GetPlottables().OfType<IHasMarker>())
        {
            Apply(plottable.MarkerStyle);
        }

        foreach (LegendItem item in plot.Legend.ManualItems)
        {
            Apply(item.MarkerStyle);
        }
    }

    private static void Apply(MarkerStyle style)
    {
        if (style.CustomRenderer is not null || !style.IsVisible || style.Size <= 0 || DrawnWithoutPath(style.Shape))
        {
            return;
        }

        style.CustomRenderer = ReachablePathMarker.Draws(style.Shape)
            ? ReachablePathMarker.Instance
            : throw new NotSupportedException($"Marker shape {style.Shape} is drawn by ScottPlot with a path that can be freed during the draw; use a circle, square, triangle, diamond, cross or eks.");
    }

    private static bool DrawnWithoutPath(MarkerShape shape) => shape is MarkerShape.None or MarkerShape.FilledCircle
        or MarkerShape.OpenCircle or MarkerShape.FilledSquare or MarkerShape.OpenSquare;
}
