using ScottPlot;

namespace LamTrack.Reporting.CaseSeries;

public static partial class Figure1Renderer
{
    private static void Decorate(Plot plot, List<SwimmerLane> lanes)
    {
        plot.Title("Figure 1. Pneumothorax and sirolimus timelines (computed from events)");
        plot.XLabel("Months relative to the start of sirolimus (scale compressed 4:1 before −36 months)");
        plot.YLabel("Patient");
        var zero = plot.Add.VerticalLine(0);
        zero.LineColor = Colors.Black.WithAlpha(0.5);
        zero.LinePattern = LinePattern.Dashed;
        double[] positions = [.. lanes.Select(l => l.Y)];
        string[] labels = [.. lanes.Select(l => l.Patient.Label ?? l.Patient.Id)];
        plot.Axes.Left.TickGenerator = new ScottPlot.TickGenerators.NumericManual(positions, labels);
        double minMonths = lanes.Min(l => l.Patient.AllEvents.Min(e => l.TrueMonths(e.Date.Earliest)));
        double maxX = lanes.Max(l => l.End);
        (double[] tickPositions, string[] tickLabels) = CompressedTimeAxis.Ticks(minMonths, maxX);
        plot.Axes.Bottom.TickGenerator = new ScottPlot.TickGenerators.NumericManual(tickPositions, tickLabels);
        var knee = plot.Add.VerticalLine(CompressedTimeAxis.KneeMonths);
        knee.LineColor = Colors.Gray.WithAlpha(0.4);
        knee.LinePattern = LinePattern.DenselyDashed;
        plot.Axes.SetLimits(CompressedTimeAxis.ToPlot(minMonths) - 2, maxX + 22, 0.45, lanes.Count + 0.55);
        plot.Axes.Bottom.TickLabelStyle.FontSize = 14;
        plot.Axes.Left.TickLabelStyle.FontSize = 16;
        AddLegend(plot);
    }

    private static void AddLegend(Plot plot)
    {
        plot.Legend.ManualItems.Add(Item("Left pneumothorax", Figure1Style.Left, MarkerShape.FilledTriangleUp));
        plot.Legend.ManualItems.Add(Item("Right pneumothorax", Figure1Style.Right, MarkerShape.FilledTriangleDown));
        plot.Legend.ManualItems.Add(Item("Bilateral pneumothorax", Figure1Style.Bilateral, MarkerShape.FilledDiamond));
        plot.Legend.ManualItems.Add(Item("Side not stated", Figure1Style.Unspecified, MarkerShape.FilledCircle));
        plot.Legend.ManualItems.Add(Item("Hollow: undated episode (inferred); whisker: date window", Figure1Style.Unspecified, MarkerShape.OpenCircle));
        plot.Legend.ManualItems.Add(new LegendItem { LabelText = "Sirolimus course (dose in mg/day)", FillColor = Figure1Style.Sirolimus, LineColor = Figure1Style.SirolimusEdge, LineWidth = 1 });
        plot.Legend.ManualItems.Add(Item("Sirolimus stopped", Colors.Black, MarkerShape.Eks));
        plot.Legend.ManualItems.Add(Item("Trough level (ng/mL)", Figure1Style.Trough, MarkerShape.FilledCircle));
        plot.Legend.ManualItems.Add(new LegendItem { LabelText = "Reported trough range", LineColor = Figure1Style.Trough, LineWidth = 2, LinePattern = LinePattern.Dotted });
        plot.Legend.ManualItems.Add(new LegendItem { LabelText = "Anti-tuberculosis / co-medication", LineColor = Figure1Style.CoMedication, LineWidth = 5 });
        plot.Legend.ManualItems.Add(new LegendItem { LabelText = "Pregnancy", FillColor = Figure1Style.Pregnancy });
        plot.Legend.ManualItems.Add(Item("Surgery (bullectomy, surgical pleurodesis)", Colors.Black, MarkerShape.FilledSquare));
        plot.Legend.ManualItems.Add(Item("Chemical pleurodesis", Colors.Black, MarkerShape.OpenSquare));
        plot.Legend.ManualItems.Add(Item("Other surgery", Colors.Black, MarkerShape.Cross));
        plot.Legend.Alignment = Alignment.UpperLeft;
        plot.Legend.Orientation = Orientation.Horizontal;
        plot.ShowLegend(Edge.Bottom);
    }

    private static LegendItem Item(string label, Color color, MarkerShape shape) => new()
    {
        LabelText = label,
        MarkerShape = shape,
        MarkerFillColor = color,
        MarkerLineColor = color,
        MarkerSize = 12,
        LineWidth = 0,
    };
}
