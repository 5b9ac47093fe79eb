using LamTrack.Domain.Events;

namespace LamTrack.Analytics.Troughs;

/// <summary>The sirolimus level over one course, from its troughs, as a function of the day.</summary>
/// <remarks>
/// Points are individual trough results drawn in [start, stop); when a course has none, reported ranges
/// (<see cref="TroughSummary"/>) overlapping it give their mid-range at the first and last day they cover. Before
/// the first point the level is unknown; between points it is carried forward or interpolated; after the last
/// point it is carried forward to the stop.
/// </remarks>
internal sealed class LevelSeries
{
    private readonly double[] _days;
    private readonly double[] _levels;
    private readonly LevelInterpolation _interpolation;

    private LevelSeries(double[] days, double[] levels, int start, int stop, LevelInterpolation interpolation)
    {
        _days = days;
        _levels = levels;
        Start = start;
        Stop = stop;
        _interpolation = interpolation;
    }

    public int Start { get; }

    public int Stop { get; }

    public static LevelSeries Build(TroughIndex troughs, int start, int stop, LevelInterpolation interpolation)
    {
        var days = new List<double>();
        var levels = new List<double>();
        for (int i = troughs.FirstAtOrAfter(start); i < troughs.Days.Length && troughs.Days[i] < stop; i++)
        {
            double level = NanogramsPerMillilitre(troughs.Troughs[i].Result);
            if (days.Count > 0 && days[^1] == troughs.Days[i])
            {
                // Two results on one day: the later in the record wins.
                levels[^1] = level;
                continue;
            }

            days.Add(troughs.Days[i]);
            levels.Add(level);
        }

        if (days.Count == 0)
        {
            var points = new SortedDictionary<int, double>();
            AddSummaries(troughs.Summaries, start, stop, points);
            days.AddRange(points.Keys.Select(k => (double)k));
            levels.AddRange(points.Values);
        }

        return new LevelSeries([.. days], [.. levels], start, stop, interpolation);
    }

    /// <summary>The level in ng/mL used for bands: censored results sit just beyond their limit.</summary>
    public static double NanogramsPerMillilitre(TroughResult result) => result.Censoring switch
    {
        TroughCensoring.None => result.Value!.Value.ToNanogramsPerMillilitre(),
        TroughCensoring.AboveLimit => Math.BitIncrement(result.Limit!.Value.ToNanogramsPerMillilitre()),
        TroughCensoring.BelowLimit => Math.BitDecrement(result.Limit!.Value.ToNanogramsPerMillilitre()),
        _ => 0.0,
    };

    /// <summary>The level on <paramref name="day"/>, or null before the first trough.</summary>
    public double? LevelAt(double day)
    {
        int index = Array.BinarySearch(_days, day);
        int last = index >= 0 ? index : ~index - 1;
        if (last < 0)
        {
            return null;
        }

        bool between = last + 1 < _days.Length;
        if (_interpolation == LevelInterpolation.CarryForward || !between || _days[last] == day)
        {
            return _levels[last];
        }

        double fraction = (day - _days[last]) / (_days[last + 1] - _days[last]);
        return _levels[last] + (fraction * (_levels[last + 1] - _levels[last]));
    }

    /// <summary>Days of [start, stop) with a known level, and within them the days in <paramref name="band"/>.</summary>
    public (double KnownDays, double BandDays) TimeIn(TroughBand band)
    {
        if (_days.Length == 0)
        {
            return (0, 0);
        }

        double known = Stop - _days[0];
        double inBand = 0;
        for (int k = 0; k < _days.Length; k++)
        {
            double segmentEnd = k + 1 < _days.Length ? _days[k + 1] : Stop;
            double length = segmentEnd - _days[k];
            bool linear = _interpolation == LevelInterpolation.Linear && k + 1 < _days.Length;
            double next = linear ? _levels[k + 1] : _levels[k];
            inBand += length * FractionInBand(_levels[k], next, band);
        }

        return (known, inBand);
    }

    /// <summary>The share of a straight segment from <paramref name="from"/> to <paramref name="to"/> lying in the band (Rosendaal).</summary>
    internal static double FractionInBand(double from, double to, TroughBand band)
    {
        if (from == to)
        {
            return band.Contains(from) ? 1.0 : 0.0;
        }

        double a = (band.LowNanogramsPerMillilitre - from) / (to - from);
        double b = (band.HighNanogramsPerMillilitre - from) / (to - from);
        double low = Math.Max(0, Math.Min(a, b));
        double high = Math.Min(1, Math.Max(a, b));
        return Math.Max(0, high - low);
    }

    private static void AddSummaries(List<TroughSummary> summaries, int start, int stop, SortedDictionary<int, double> points)
    {
        foreach (TroughSummary s in summaries)
        {
            int first = Math.Max(DayNumber.Of(s.Date.Earliest), start);
            int last = Math.Min(DayNumber.Of(s.Date.Latest), stop - 1);
            if (last >= first)
            {
                double mid = (s.Low.ToNanogramsPerMillilitre() + s.High.ToNanogramsPerMillilitre()) / 2;
                points[first] = mid;
                points[last] = mid;
            }
        }
    }
}
