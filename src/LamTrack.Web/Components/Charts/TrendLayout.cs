using NodaTime;

namespace LamTrack.Web.Components.Charts;

/// <summary>The geometry of a trend chart: a date axis over the measurements and fits, a value axis widened to round ticks.</summary>
public sealed class TrendLayout
{
    /// <summary>Lays out <paramref name="series"/> in a <paramref name="width"/> × <paramref name="height"/> frame.</summary>
    public TrendLayout(TrendSeries series, double width = 640, double height = 260)
    {
        ArgumentNullException.ThrowIfNull(series);
        Series = series;
        LocalDate[] days = [.. series.Points.Select(p => p.Day), .. series.Fits.SelectMany(f => new[] { f.From, f.To })];
        double[] values = [.. series.Points.Select(p => p.Value), .. series.Fits.SelectMany(f => new[] { f.FromValue, f.ToValue })];
        LocalDate start = days.Length == 0 ? new LocalDate(2000, 1, 1) : days.Min().PlusDays(-30);
        LocalDate end = days.Length == 0 ? start.PlusYears(1) : days.Max().PlusDays(30);
        double low = values.Length == 0 ? 0 : values.Min();
        double high = values.Length == 0 ? 1 : values.Max();
        double pad = Math.Max((high - low) * 0.1, Math.Abs(high) * 0.05);
        Area = new PlotArea(width, height, (0, 1), LinearScale.NiceDomain(low - pad, high + pad, 4));
        Time = new DateScale(start, end, PlotArea.Left, Area.PlotRight);
    }

    /// <summary>The series laid out.</summary>
    public TrendSeries Series { get; }

    /// <summary>The frame (its x scale is unused; <see cref="Time"/> maps days).</summary>
    public PlotArea Area { get; }

    /// <summary>The date axis.</summary>
    public DateScale Time { get; }

    /// <summary>The pixel point of a measurement.</summary>
    public (double X, double Y) Map(LocalDate day, double value) => (Time.Map(day), Area.Y.Map(value));

    /// <summary>The x ticks (years or months).</summary>
    public IReadOnlyList<AxisTick> XTicks => [.. Time.Ticks(8).Select(t => new AxisTick(t.X, t.Label))];

    /// <summary>The y ticks.</summary>
    public IReadOnlyList<AxisTick> YTicks => [.. Area.Y.Ticks(4).Select(v => new AxisTick(Area.Y.Map(v), Svg.Value(v, 2)))];
}
