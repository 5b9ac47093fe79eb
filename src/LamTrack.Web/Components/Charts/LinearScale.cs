namespace LamTrack.Web.Components.Charts;

/// <summary>Maps a numeric domain onto a pixel range, as an axis of a chart does.</summary>
/// <remarks>
/// x' = r0 + (x − d0) · (r1 − r0) / (d1 − d0). The range may run backwards (r1 &lt; r0), as a y axis does in SVG where
/// y grows downwards. A degenerate domain (d0 = d1) is widened by one unit either side so that a single value still
/// lands in the middle of the range.
/// </remarks>
public sealed class LinearScale
{
    private readonly double _domainMin;
    private readonly double _domainMax;
    private readonly double _rangeStart;
    private readonly double _rangeEnd;

    /// <summary>Creates a scale from the domain [<paramref name="domainMin"/>, <paramref name="domainMax"/>] to the pixel range.</summary>
    public LinearScale(double domainMin, double domainMax, double rangeStart, double rangeEnd)
    {
        if (!double.IsFinite(domainMin) || !double.IsFinite(domainMax) || domainMax < domainMin)
        {
            throw new ArgumentOutOfRangeException(nameof(domainMax), "the domain must be finite and ordered");
        }

        bool degenerate = domainMax == domainMin;
        _domainMin = degenerate ? domainMin - 1 : domainMin;
        _domainMax = degenerate ? domainMax + 1 : domainMax;
        _rangeStart = rangeStart;
        _rangeEnd = rangeEnd;
    }

    /// <summary>The lower end of the domain.</summary>
    public double DomainMin => _domainMin;

    /// <summary>The upper end of the domain.</summary>
    public double DomainMax => _domainMax;

    /// <summary>The pixel position of a domain value; values outside the domain map outside the range.</summary>
    public double Map(double value) =>
        _rangeStart + ((value - _domainMin) * (_rangeEnd - _rangeStart) / (_domainMax - _domainMin));

    /// <summary>The pixel position of a value clamped into the domain first.</summary>
    public double MapClamped(double value) => Map(Math.Clamp(value, _domainMin, _domainMax));

    /// <summary>Whether a value lies within the domain (ends included).</summary>
    public bool Contains(double value) => value >= _domainMin && value <= _domainMax;

    /// <summary>Round tick values (1, 2 or 5 times a power of ten apart) within the domain, about <paramref name="approximateCount"/> of them.</summary>
    public IReadOnlyList<double> Ticks(int approximateCount = 5)
    {
        double step = NiceStep((_domainMax - _domainMin) / Math.Max(1, approximateCount));
        double first = Math.Ceiling((_domainMin / step) - 1e-9) * step;
        List<double> ticks = [];
        for (double tick = first; tick <= _domainMax + (step * 1e-9); tick += step)
        {
            // Rounding to the step's precision keeps 0.30000000000000004 out of the labels.
            ticks.Add(Math.Round(tick / step) * step);
        }

        return ticks;
    }

    /// <summary>A domain [0 or lower, upper] widened to round tick values, for an axis that should start at zero.</summary>
    public static (double Min, double Max) NiceDomain(double min, double max, int approximateCount = 5)
    {
        if (max <= min)
        {
            max = min + 1;
        }

        double step = NiceStep((max - min) / Math.Max(1, approximateCount));
        return (Math.Floor(min / step) * step, Math.Ceiling(max / step) * step);
    }

    /// <summary>The nearest 1, 2 or 5 times a power of ten at or above a raw step.</summary>
    public static double NiceStep(double rawStep)
    {
        if (!(rawStep > 0) || !double.IsFinite(rawStep))
        {
            return 1;
        }

        double power = Math.Pow(10, Math.Floor(Math.Log10(rawStep)));
        double fraction = rawStep / power;
        double nice = fraction <= 1 ? 1 : fraction <= 2 ? 2 : fraction <= 5 ? 5 : 10;
        return nice * power;
    }
}
