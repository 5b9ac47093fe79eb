using System.Globalization;
using System.Text;

namespace LamTrack.Web.Components.Charts;

/// <summary>Number and path formatting for SVG attributes: invariant culture, two decimals, whatever the user's locale.</summary>
public static class Svg
{
    /// <summary>A coordinate as SVG text ("12.35").</summary>
    public static string N(double value) => Math.Round(value, 2).ToString("0.##", CultureInfo.InvariantCulture);

    /// <summary>A polyline path "M x0 y0 L x1 y1 …" through the points; empty when there are none.</summary>
    public static string Path(IEnumerable<(double X, double Y)> points)
    {
        ArgumentNullException.ThrowIfNull(points);
        var path = new StringBuilder();
        foreach ((double x, double y) in points)
        {
            path.Append(path.Length == 0 ? "M" : " L").Append(' ').Append(N(x)).Append(' ').Append(N(y));
        }

        return path.ToString();
    }

    /// <summary>The finest detail a chart keeps, in viewBox units (the charts are drawn about 640 units wide, so
    /// this is under a pixel on any screen that shows the whole chart).</summary>
    public const double Resolution = 0.5;

    /// <summary>Thins a polyline for drawing: of each run of consecutive points whose x lies within
    /// <see cref="Resolution"/> of the run's first point, only the first, the highest, the lowest and the last are kept,
    /// in their order (the "M4" reduction), so the drawn shape is the same at the chart's resolution.</summary>
    /// <remarks>A Kaplan–Meier curve of 100,000 patients has thousands of steps on a 640-unit axis; drawn point by point
    /// it made a 760 kB dashboard page.</remarks>
    public static IReadOnlyList<(double X, double Y)> Thin(IReadOnlyList<(double X, double Y)> points)
    {
        ArgumentNullException.ThrowIfNull(points);
        List<(double X, double Y)> kept = [];
        for (int start = 0; start < points.Count;)
        {
            int end = start;
            int low = start, high = start;
            while (end + 1 < points.Count && Math.Abs(points[end + 1].X - points[start].X) < Resolution)
            {
                end++;
                low = points[end].Y < points[low].Y ? end : low;
                high = points[end].Y > points[high].Y ? end : high;
            }

            kept.AddRange(new SortedSet<int> { start, low, high, end }.Select(i => points[i]));
            start = end + 1;
        }

        return kept;
    }

    /// <summary>A closed polygon path for a band between an upper and a lower line (both in x order).</summary>
    public static string Band(IReadOnlyList<(double X, double Y)> upper, IReadOnlyList<(double X, double Y)> lower)
    {
        ArgumentNullException.ThrowIfNull(upper);
        ArgumentNullException.ThrowIfNull(lower);
        if (upper.Count == 0)
        {
            return string.Empty;
        }

        return Path(upper.Concat(lower.Reverse())) + " Z";
    }

    /// <summary>A value for display with up to <paramref name="decimals"/> decimals, invariant culture.</summary>
    public static string Value(double value, int decimals = 1) =>
        Math.Round(value, decimals).ToString("0." + new string('#', Math.Max(1, decimals)), CultureInfo.InvariantCulture);
}
