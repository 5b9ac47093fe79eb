namespace LamTrack.Web.Components.Charts;

/// <summary>The geometry of a Kaplan–Meier chart: time from zero on x, the proportion from 0 to 1 on y, drawn as steps.</summary>
/// <remarks>A step curve holds each estimate until the next event time: from (tᵢ, Sᵢ) it runs flat to tᵢ₊₁ and then drops to Sᵢ₊₁. The curve starts at (0, 1) when the first step is later than zero.</remarks>
public sealed class SurvivalLayout
{
    /// <summary>Lays out <paramref name="curve"/> in a <paramref name="width"/> × <paramref name="height"/> frame.</summary>
    public SurvivalLayout(SurvivalCurve curve, double width = 640, double height = 300)
    {
        ArgumentNullException.ThrowIfNull(curve);
        Curve = curve;
        double last = curve.Steps.Select(s => s.Time).Concat(curve.CensoredTimes).DefaultIfEmpty(1).Max();
        Area = new PlotArea(width, height, LinearScale.NiceDomain(0, Math.Max(last, 1e-6), 5), (0, 1));
    }

    /// <summary>The curve laid out.</summary>
    public SurvivalCurve Curve { get; }

    /// <summary>The frame.</summary>
    public PlotArea Area { get; }

    /// <summary>The estimate as a step path.</summary>
    public string CurvePath() => Svg.Path(Svg.Thin(StepPoints(s => s.Survival)));

    /// <summary>The interval as a closed stepped band, or empty when the steps carry no interval.</summary>
    public string IntervalPath()
    {
        if (Curve.Steps.Any(s => s.Lower is null || s.Upper is null))
        {
            return string.Empty;
        }

        return Svg.Band(Svg.Thin(StepPoints(s => s.Upper!.Value)), Svg.Thin(StepPoints(s => s.Lower!.Value)));
    }

    /// <summary>The survival estimate at <paramref name="time"/>: the last step at or before it (1 before the first).</summary>
    /// <remarks>A binary search over the steps, which are in time order: a registry's curve has thousands of steps and
    /// thousands of censoring times.</remarks>
    public double SurvivalAt(double time)
    {
        int lo = 0, hi = Curve.Steps.Count - 1, found = -1;
        while (lo <= hi)
        {
            int mid = (lo + hi) >>> 1;
            if (Curve.Steps[mid].Time <= time)
            {
                found = mid;
                lo = mid + 1;
            }
            else
            {
                hi = mid - 1;
            }
        }

        return found < 0 ? 1 : Curve.Steps[found].Survival;
    }

    /// <summary>The pixel points of the censoring marks, on the curve at each censoring time, in the order of the times;
    /// a mark that would fall within <see cref="Svg.Resolution"/> of an earlier one is drawn once.</summary>
    public IReadOnlyList<(double X, double Y)> CensorMarks()
    {
        var seen = new HashSet<(long, long)>();
        List<(double X, double Y)> marks = [];
        foreach (double time in Curve.CensoredTimes)
        {
            (double x, double y) = Area.Map(time, SurvivalAt(time));
            if (seen.Add(((long)Math.Round(x / Svg.Resolution), (long)Math.Round(y / Svg.Resolution))))
            {
                marks.Add((x, y));
            }
        }

        return marks;
    }

    /// <summary>Every censoring mark as a vertical tick of <paramref name="halfHeight"/> above and below the curve, in
    /// one SVG path.</summary>
    public string CensorPath(double halfHeight = 5) =>
        string.Join(' ', CensorMarks().Select(m => $"M {Svg.N(m.X)} {Svg.N(m.Y - halfHeight)} L {Svg.N(m.X)} {Svg.N(m.Y + halfHeight)}"));

    /// <summary>The x ticks.</summary>
    public IReadOnlyList<AxisTick> XTicks() => [.. Area.X.Ticks(5).Select(v => new AxisTick(Area.X.Map(v), Svg.Value(v)))];

    /// <summary>The y ticks at 0, 0.2, … 1.</summary>
    public IReadOnlyList<AxisTick> YTicks() => [.. Area.Y.Ticks(5).Select(v => new AxisTick(Area.Y.Map(v), Svg.Value(v)))];

    private List<(double X, double Y)> StepPoints(Func<SurvivalStep, double> value)
    {
        List<(double, double)> points = [];
        if (Curve.Steps.Count == 0 || Curve.Steps[0].Time > 0)
        {
            points.Add(Area.Map(0, 1));
        }

        foreach (SurvivalStep step in Curve.Steps)
        {
            if (points.Count > 0)
            {
                points.Add((Area.X.Map(step.Time), points[^1].Item2));
            }

            points.Add(Area.Map(step.Time, value(step)));
        }

        double end = Curve.CensoredTimes.Concat(Curve.Steps.Select(s => s.Time)).DefaultIfEmpty(0).Max();
        points.Add((Area.X.Map(end), points[^1].Item2));
        return points;
    }
}
