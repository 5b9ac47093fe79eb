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
    public string CurvePath() => Svg.Path(StepPoints(s => s.Survival));

    /// <summary>The interval as a closed stepped band, or empty when the steps carry no interval.</summary>
    public string IntervalPath()
    {
        if (Curve.Steps.Any(s => s.Lower is null || s.Upper is null))
        {
            return string.Empty;
        }

        return Svg.Band([.. StepPoints(s => s.Upper!.Value)], [.. StepPoints(s => s.Lower!.Value)]);
    }

    /// <summary>The survival estimate at <paramref name="time"/>: the last step at or before it (1 before the first).</summary>
    public double SurvivalAt(double time) => Curve.Steps.LastOrDefault(s => s.Time <= time)?.Survival ?? 1;

    /// <summary>The pixel points of the censoring marks, on the curve at each censoring time.</summary>
    public IEnumerable<(double X, double Y)> CensorMarks() => Curve.CensoredTimes.Select(t => Area.Map(t, SurvivalAt(t)));

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
