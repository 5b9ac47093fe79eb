using LamTrack.Analytics.Cohort;
using LamTrack.Statistics.Rates;
using LamTrack.Statistics.Survival;
using ScottPlot;
using LamTrack.Reporting.Figures;

namespace LamTrack.Reporting.Analysis;

/// <summary>Draws the recurrence-free survival curves (km.png, km.svg) with ScottPlot.</summary>
/// <remarks>Steps of S over years from the first sirolimus start; the intention-to-treat curve carries its pointwise confidence band.</remarks>
public static class KaplanMeierPlot
{
    /// <summary>Pixel width of the saved figures.</summary>
    public const int Width = 900;

    /// <summary>Pixel height of the saved figures.</summary>
    public const int Height = 560;

    /// <summary>Saves the figure as PNG and SVG.</summary>
    public static void Save(CohortAnalysis analysis, string pngPath, string svgPath)
    {
        ArgumentNullException.ThrowIfNull(analysis);
        FigureOutput.SavePngAndSvg(() => Build(analysis), pngPath, svgPath, Width, Height);
    }

    /// <summary>Builds the figure, for saving in any format.</summary>
    public static Plot Build(CohortAnalysis analysis)
    {
        ArgumentNullException.ThrowIfNull(analysis);
        var plot = new Plot();
        plot.Title("Recurrence-free survival from the first sirolimus start");
        plot.XLabel("Years since first sirolimus start");
        plot.YLabel("Probability free of pneumothorax");
        if (analysis.KaplanMeierIntentionToTreat is { } itt)
        {
            AddBand(plot, itt);
            AddCurve(plot, itt, $"Intention to treat (n = {itt.SubjectCount}, {itt.EventCount} recurrences)", Colors.Navy, LinePattern.Solid);
        }

        if (analysis.KaplanMeierOnTreatment is { } on)
        {
            AddCurve(plot, on, $"On treatment (n = {on.SubjectCount}, {on.EventCount} recurrences)", Colors.DarkOrange, LinePattern.Dashed);
        }

        plot.Axes.SetLimitsY(0, 1.05);
        plot.ShowLegend(Alignment.LowerLeft);
        return plot;
    }

    private static (double[] X, double[] Y) Steps(KaplanMeierCurve curve, Func<KaplanMeierStep, double?> value)
    {
        var x = new List<double> { 0 };
        var y = new List<double> { 1 };
        foreach (KaplanMeierStep s in curve)
        {
            if (value(s) is not double v)
            {
                break;
            }

            x.Add(s.Time / PersonTime.DaysPerYear);
            y.Add(v);
        }

        return ([.. x], [.. y]);
    }

    private static void AddCurve(Plot plot, KaplanMeierCurve curve, string label, Color color, LinePattern pattern)
    {
        (double[] x, double[] y) = Steps(curve, s => s.Survival);
        var line = plot.Add.Scatter(x, y, color);
        line.ConnectStyle = ConnectStyle.StepHorizontal;
        line.MarkerSize = 0;
        line.LineWidth = 2;
        line.LinePattern = pattern;
        line.LegendText = label;
    }

    private static void AddBand(Plot plot, KaplanMeierCurve curve)
    {
        (double[] x, double[] low) = Steps(curve, s => s.Lower);
        (_, double[] high) = Steps(curve, s => s.Upper);
        if (x.Length < 2)
        {
            return;
        }

        // Duplicate each point so the band steps like the curve instead of sloping between times.
        var xs = new List<double>();
        var lows = new List<double>();
        var highs = new List<double>();
        for (int i = 0; i < x.Length; i++)
        {
            double next = i + 1 < x.Length ? x[i + 1] : x[i];
            xs.AddRange([x[i], next]);
            lows.AddRange([low[i], low[i]]);
            highs.AddRange([high[i], high[i]]);
        }

        var fill = plot.Add.FillY([.. xs], [.. highs], [.. lows]);
        fill.FillColor = Colors.Navy.WithAlpha(0.15);
        fill.LegendText = $"{curve.Options.ConfidenceLevel * 100:0.#} % CI (log)";
    }
}
