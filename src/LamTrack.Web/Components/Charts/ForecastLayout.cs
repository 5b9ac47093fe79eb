using System.Globalization;
using NodaTime;

namespace LamTrack.Web.Components.Charts;

/// <summary>The geometry of the forecast chart: hours on x from the earliest time shown, ng/mL on y from zero.</summary>
/// <remarks>The y domain reaches the highest band edge, observation and target; x ticks fall on midnights, spaced 1, 2, 7, 14 or 28 days apart.</remarks>
public sealed class ForecastLayout
{
    private static readonly int[] s_tickDays = [1, 2, 7, 14, 28, 56, 91, 182, 365];

    /// <summary>Lays out <paramref name="series"/> in a <paramref name="width"/> × <paramref name="height"/> frame.</summary>
    public ForecastLayout(ForecastSeries series, double width = 720, double height = 300)
    {
        ArgumentNullException.ThrowIfNull(series);
        Series = series;
        LocalDateTime[] times =
        [
            .. series.Points.Select(p => p.Time), .. series.Observations.Select(o => o.Time),
            .. series.NextLevel is { } next ? new[] { next } : [],
        ];
        Origin = times.Length == 0 ? new LocalDateTime(2000, 1, 1, 0, 0) : times.Min();
        double lastHours = times.Length == 0 ? 24 : times.Max(Hours);
        double top = new[] { series.TargetHigh ?? 0 }
            .Concat(series.Points.Select(p => p.Upper)).Concat(series.Observations.Select(o => o.Level)).Max();
        Area = new PlotArea(width, height, (0, Math.Max(lastHours, 24)), LinearScale.NiceDomain(0, Math.Max(top * 1.05, 1), 5));
    }

    /// <summary>The series laid out.</summary>
    public ForecastSeries Series { get; }

    /// <summary>The earliest time shown, at x = 0 hours.</summary>
    public LocalDateTime Origin { get; }

    /// <summary>The frame.</summary>
    public PlotArea Area { get; }

    /// <summary>Hours from <see cref="Origin"/> to a time.</summary>
    public double Hours(LocalDateTime time) => Period.Between(Origin, time, PeriodUnits.Minutes).Minutes / 60.0;

    /// <summary>The pixel point of a concentration at a time.</summary>
    public (double X, double Y) Map(LocalDateTime time, double level) => Area.Map(Hours(time), level);

    /// <summary>The band as a closed path: the upper edge forwards, the lower edge back.</summary>
    public string BandPath() => Svg.Band(
        [.. Series.Points.Select(p => Map(p.Time, p.Upper))],
        [.. Series.Points.Select(p => Map(p.Time, p.Lower))]);

    /// <summary>The central forecast as a path.</summary>
    public string MedianPath() => Svg.Path(Series.Points.Select(p => Map(p.Time, p.Median)));

    /// <summary>The x ticks at midnights, labelled with the date.</summary>
    public IReadOnlyList<AxisTick> XTicks()
    {
        double spanDays = Area.X.DomainMax / 24;
        int every = s_tickDays.FirstOrDefault(d => spanDays / d <= 8, 365);
        List<AxisTick> ticks = [];
        LocalDate day = Origin.Date.PlusDays(Origin.TimeOfDay == LocalTime.Midnight ? 0 : 1);
        for (; Hours(day.AtMidnight()) <= Area.X.DomainMax; day = day.PlusDays(every))
        {
            ticks.Add(new AxisTick(Area.X.Map(Hours(day.AtMidnight())), day.ToString("MM-dd", CultureInfo.InvariantCulture)));
        }

        return ticks;
    }

    /// <summary>The y ticks in ng/mL.</summary>
    public IReadOnlyList<AxisTick> YTicks() => [.. Area.Y.Ticks(5).Select(v => new AxisTick(Area.Y.Map(v), Svg.Value(v)))];
}
