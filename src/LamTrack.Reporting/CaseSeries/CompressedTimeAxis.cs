using System.Globalization;

namespace LamTrack.Reporting.CaseSeries;

/// <summary>The x axis of Figure 1: months from sirolimus start, linear from −36 months on and compressed 4:1 before.</summary>
/// <remarks>
/// Case 4's history reaches back eight years; on a linear axis the months around treatment, where the paper's argument
/// lies, would be squeezed. Ticks carry the true month values, and the axis label says where the scale changes.
/// </remarks>
internal static class CompressedTimeAxis
{
    public const double KneeMonths = -36;
    public const double CompressionFactor = 4;

    public static double ToPlot(double months) =>
        months >= KneeMonths ? months : KneeMonths + ((months - KneeMonths) / CompressionFactor);

    public static (double[] Positions, string[] Labels) Ticks(double minMonths, double maxMonths)
    {
        var months = new List<double>();
        for (double m = Math.Floor(minMonths / 12) * 12; m <= maxMonths; m += 12)
        {
            if (m >= KneeMonths || m % 24 == 0)
            {
                months.Add(m);
            }
        }

        return ([.. months.Select(ToPlot)], [.. months.Select(m => m.ToString("0", CultureInfo.InvariantCulture))]);
    }
}
