using ScottPlot;

namespace LamTrack.Web.Benchmarks;

/// <summary>Plots a mixed-load run: read and write latency percentiles per window above, the server's memory below.</summary>
internal static class SoakPlot
{
    private const int Width = 1000;
    private const int Height = 700;

    /// <summary>Writes the PNG to <paramref name="path"/>.</summary>
    public static void Save(IReadOnlyList<SoakWindow> windows, string title, string path)
    {
        var figure = new Multiplot();
        figure.AddPlots(2);
        Latency(figure.GetPlot(0), windows, title);
        Memory(figure.GetPlot(1), windows);
        figure.SharedAxes.ShareX([figure.GetPlot(0), figure.GetPlot(1)]);
        figure.SavePng(path, Width, Height);
    }

    private static void Latency(Plot plot, IReadOnlyList<SoakWindow> windows, string title)
    {
        double[] x = [.. windows.Select(w => w.Seconds)];
        Line(plot, x, windows.Select(w => w.Reads.P50), "reads p50", Colors.SteelBlue, LinePattern.Dotted);
        Line(plot, x, windows.Select(w => w.Reads.P95), "reads p95", Colors.SteelBlue, LinePattern.Dashed);
        Line(plot, x, windows.Select(w => w.Reads.P99), "reads p99", Colors.SteelBlue, LinePattern.Solid);
        Line(plot, x, windows.Select(w => w.Writes.P50), "writes p50", Colors.DarkOrange, LinePattern.Dotted);
        Line(plot, x, windows.Select(w => w.Writes.P95), "writes p95", Colors.DarkOrange, LinePattern.Dashed);
        Line(plot, x, windows.Select(w => w.Writes.P99), "writes p99", Colors.DarkOrange, LinePattern.Solid);
        Target(plot, 250, "read p99 target", Colors.SteelBlue);
        Target(plot, 500, "write p99 target", Colors.DarkOrange);
        plot.Title(title);
        plot.YLabel("latency per 5 s window (ms)");
        plot.Axes.SetLimitsY(0, Math.Max(550, x.Length == 0 ? 0 : windows.Max(w => Finite(w.Writes.P99, w.Reads.P99)) * 1.1));
        plot.ShowLegend(Alignment.UpperRight);
    }

    private static void Memory(Plot plot, IReadOnlyList<SoakWindow> windows)
    {
        double[] x = [.. windows.Select(w => w.Seconds)];
        Line(plot, x, windows.Select(w => w.ResidentMegabytes), "server VmRSS", Colors.Black, LinePattern.Solid);
        plot.XLabel("seconds since the load started");
        plot.YLabel("resident memory (MiB)");
        plot.Axes.SetLimitsY(0, windows.Count == 0 ? 1 : windows.Max(w => Finite(w.ResidentMegabytes, 0)) * 1.2);
    }

    private static double Finite(double a, double b) => Math.Max(double.IsNaN(a) ? 0 : a, double.IsNaN(b) ? 0 : b);

    private static void Line(Plot plot, double[] x, IEnumerable<double> y, string label, Color color, LinePattern pattern)
    {
        ScottPlot.Plottables.Scatter line = plot.Add.ScatterLine(x, [.. y]);
        line.LegendText = label;
        line.Color = color;
        line.LinePattern = pattern;
        line.LineWidth = 2;
    }

    private static void Target(Plot plot, double milliseconds, string label, Color color)
    {
        ScottPlot.Plottables.HorizontalLine line = plot.Add.HorizontalLine(milliseconds, 1, color.WithAlpha(0.5), LinePattern.DenselyDashed);
        line.LegendText = label;
    }
}
