using ScottPlot;
using LamTrack.Reporting.Figures;

namespace LamTrack.Cli.Commands.Pk;

/// <summary>Concentration over time with the 90 % interval band, the target window and the measured troughs (ScottPlot; PNG and SVG).</summary>
internal static class PkPlot
{
    private const int Width = 1000;
    private const int Height = 560;

    /// <summary>Writes <c>file.png</c> and <c>file.svg</c>.</summary>
    public static void Save(PkPlotData data, string fileWithoutExtension) =>
        FigureOutput.SavePngAndSvg(() => Build(data), fileWithoutExtension + ".png", fileWithoutExtension + ".svg", Width, Height);

    private static Plot Build(PkPlotData data)
    {
        var plot = new Plot();
        double[] days = [.. data.Forecast.Select(p => p.HoursFromReference / 24)];
        if (days.Length > 1)
        {
            var window = plot.Add.FillY(days, [.. days.Select(_ => data.Window.LowNanogramsPerMillilitre)], [.. days.Select(_ => data.Window.HighNanogramsPerMillilitre)]);
            window.FillColor = Colors.Green.WithAlpha(0.12);
            window.LegendText = $"target {data.Window.Text}";
            window.LineStyle.Width = 0;
            var band = plot.Add.FillY(days, [.. data.Forecast.Select(p => p.LowerNanogramsPerMillilitre)], [.. data.Forecast.Select(p => p.UpperNanogramsPerMillilitre)]);
            band.FillColor = Colors.Blue.WithAlpha(0.25);
            band.LegendText = "90 % interval";
            band.LineStyle.Width = 0;
            var line = plot.Add.ScatterLine(days, [.. data.Forecast.Select(p => p.PredictionNanogramsPerMillilitre)]);
            line.Color = Colors.Blue;
            line.LegendText = "individual prediction";
        }

        AddTroughs(plot, data);
        plot.Title(data.Title);
        plot.XLabel("Time (days)");
        plot.YLabel("Sirolimus whole-blood concentration (ng/mL)");
        plot.Axes.SetLimitsY(0, AxisTop(data));
        plot.ShowLegend();
        return plot;
    }

    private static double AxisTop(PkPlotData data) =>
        1.1 * Math.Max(data.Window.HighNanogramsPerMillilitre, Math.Max(
            data.Forecast.Select(p => p.UpperNanogramsPerMillilitre).DefaultIfEmpty(0).Max(),
            data.Troughs.Select(o => o.ValueNanogramsPerMillilitre ?? o.LowerLimitNanogramsPerMillilitre ?? o.UpperLimitNanogramsPerMillilitre ?? 0).DefaultIfEmpty(0).Max()));

    private static void AddTroughs(Plot plot, PkPlotData data)
    {
        var measured = data.Troughs.Where(o => o.ValueNanogramsPerMillilitre is not null).ToArray();
        if (measured.Length > 0)
        {
            var points = plot.Add.ScatterPoints(measured.Select(o => o.HoursFromReference / 24).ToArray(), measured.Select(o => o.ValueNanogramsPerMillilitre!.Value).ToArray());
            points.Color = Colors.Black;
            points.MarkerSize = 9;
            points.LegendText = "measured trough";
        }

        var above = data.Troughs.Where(o => o.UpperLimitNanogramsPerMillilitre is not null).ToArray();
        if (above.Length > 0)
        {
            var points = plot.Add.ScatterPoints(above.Select(o => o.HoursFromReference / 24).ToArray(), above.Select(o => o.UpperLimitNanogramsPerMillilitre!.Value).ToArray());
            points.Color = Colors.Red;
            points.MarkerShape = MarkerShape.OpenTriangleUp;
            points.MarkerSize = 10;
            points.LegendText = "above limit (drawn at the limit)";
        }

        var censored = data.Troughs.Where(o => o.LowerLimitNanogramsPerMillilitre is not null).ToArray();
        if (censored.Length > 0)
        {
            var points = plot.Add.ScatterPoints(censored.Select(o => o.HoursFromReference / 24).ToArray(), censored.Select(o => o.LowerLimitNanogramsPerMillilitre!.Value).ToArray());
            points.Color = Colors.Red;
            points.MarkerShape = MarkerShape.OpenTriangleDown;
            points.MarkerSize = 10;
            points.LegendText = "below limit (drawn at the limit)";
        }
    }
}
