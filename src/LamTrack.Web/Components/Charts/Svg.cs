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
