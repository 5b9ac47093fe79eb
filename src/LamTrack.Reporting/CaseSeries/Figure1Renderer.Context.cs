using System.Globalization;
using LamTrack.Domain.Events;
using ScottPlot;

namespace LamTrack.Reporting.CaseSeries;

public static partial class Figure1Renderer
{
    private static void DrawPregnancies(Plot plot, SwimmerLane lane)
    {
        foreach (Pregnancy p in lane.Patient.EventsOf<Pregnancy>())
        {
            double end = p.End is null ? lane.Months(p.Date) + 1 : lane.Months(p.End);
            var band = plot.Add.Rectangle(lane.Months(p.Date), end, lane.Y - 0.3, lane.Y + 0.3);
            band.FillColor = Figure1Style.Pregnancy;
            band.LineWidth = 0;
        }
    }

    private static void DrawCoMedication(Plot plot, SwimmerLane lane)
    {
        foreach (CoMedication m in lane.Patient.EventsOf<CoMedication>())
        {
            double end = m.Stop is null ? lane.End : lane.Months(m.Stop);
            var bar = plot.Add.Line(lane.Months(m.Date), lane.Y + 0.27, end, lane.Y + 0.27);
            bar.LineColor = Figure1Style.CoMedication;
            bar.LineWidth = 5;
        }
    }

    private static void DrawProcedures(Plot plot, SwimmerLane lane)
    {
        foreach (Intervention i in lane.Patient.EventsOf<Intervention>())
        {
            MarkerShape? shape = i.Kind switch
            {
                InterventionKind.Bullectomy or InterventionKind.SurgicalPleurodesis => MarkerShape.FilledSquare,
                InterventionKind.ChemicalPleurodesis => MarkerShape.OpenSquare,
                InterventionKind.OtherSurgery => MarkerShape.Cross,
                _ => null,
            };
            if (shape is not null)
            {
                var m = plot.Add.Marker(lane.Months(i.Date), lane.Y + 0.36, shape.Value, 11, Figure1Style.Procedure);
                m.MarkerLineWidth = 2;
            }
        }
    }

    private static void DrawTroughs(Plot plot, SwimmerLane lane)
    {
        double previousX = double.NegativeInfinity;
        bool low = false;
        foreach (TroughLevel t in lane.Patient.EventsOf<TroughLevel>())
        {
            double x = lane.Months(t.Date);
            // Labels of levels drawn close together alternate between two rows so that they never overlap.
            low = x - previousX < 4 && !low;
            previousX = x;
            plot.Add.Marker(x, lane.Y - 0.15, MarkerShape.FilledCircle, 7, Figure1Style.Trough);
            var label = plot.Add.Text(t.Result.ToString().Replace(" ng/mL", string.Empty, StringComparison.Ordinal), x, lane.Y - (low ? 0.27 : 0.18));
            label.LabelFontSize = 11;
            label.LabelAlignment = Alignment.UpperCenter;
        }

        var summaries = lane.Patient.EventsOf<TroughSummary>().ToList();
        for (int i = 0; i < summaries.Count; i++)
        {
            DrawSummary(plot, lane, summaries[i], i);
        }
    }

    private static void DrawSummary(Plot plot, SwimmerLane lane, TroughSummary s, int index)
    {
        double y = lane.Y - 0.36 - (0.07 * index);
        double start = Math.Max(lane.Months(s.Date.Earliest), 0);
        var line = plot.Add.Line(start, y, lane.Months(s.Date.Latest), y);
        line.LineColor = Figure1Style.Trough;
        line.LineWidth = 2;
        line.LinePattern = LinePattern.Dotted;
        string low = s.Low.ToNanogramsPerMillilitre().ToString("0.###", CultureInfo.InvariantCulture);
        string high = s.High.ToNanogramsPerMillilitre().ToString("0.###", CultureInfo.InvariantCulture);
        string range = $"{(low == high ? low : $"{low}–{high}")} ng/mL ({s.Source.Locator})";
        var label = plot.Add.Text(range, lane.End + 0.8, y);
        label.LabelFontSize = 10;
        label.LabelAlignment = Alignment.MiddleLeft;
    }
}
