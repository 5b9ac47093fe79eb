using System.Globalization;
using LamTrack.Domain.Dates;
using LamTrack.Domain.Events;
using LamTrack.Domain.Patients;
using LamTrack.Domain.Provenance;
using ScottPlot;
using LamTrack.Reporting.Figures;

namespace LamTrack.Reporting.CaseSeries;

/// <summary>Figure 1: a swimmer plot of every patient's timeline relative to sirolimus start (ScottPlot).</summary>
/// <remarks>
/// One lane per patient. Sirolimus courses are green bars labelled with the daily dose; pneumothorax episodes are
/// markers coloured and shaped by side (hollow when the episode's timing is inferred, with a whisker over its date
/// window); troughs are labelled below the lane; surgery, pleurodesis, pregnancy, co-medication and discontinuation
/// have their own marks. Time is in months (30.4375 days) from each patient's first sirolimus start.
/// </remarks>
public static partial class Figure1Renderer
{
    /// <summary>Pixel size of the saved figure.</summary>
    public const int WidthPixels = 1800;

    /// <summary>Pixel height per patient lane, plus room for the legend.</summary>
    public const int HeightPerLanePixels = 170;

    /// <summary>Builds the plot.</summary>
    public static Plot Build(IReadOnlyList<Patient> patients)
    {
        ArgumentNullException.ThrowIfNull(patients);
        var plot = new Plot();
        var lanes = patients.Select((p, i) => SwimmerLane.For(p, patients.Count - i)).ToList();
        foreach (SwimmerLane lane in lanes)
        {
            DrawLane(plot, lane);
        }

        Decorate(plot, lanes);
        return plot;
    }

    /// <summary>Saves the figure as PNG and SVG.</summary>
    public static void Save(IReadOnlyList<Patient> patients, string pngPath, string svgPath)
    {
        ArgumentNullException.ThrowIfNull(patients);
        int height = 260 + (HeightPerLanePixels * patients.Count);
        FigureOutput.SavePngAndSvg(() => Build(patients), pngPath, svgPath, WidthPixels, height);
    }

    private static void DrawLane(Plot plot, SwimmerLane lane)
    {
        var baseline = plot.Add.Line(Math.Min(0, lane.Months(lane.Patient.Events[0].Date)), lane.Y, lane.End, lane.Y);
        baseline.LineColor = Colors.Gray.WithAlpha(0.6);
        baseline.LineWidth = 1;
        DrawPregnancies(plot, lane);
        DrawCoMedication(plot, lane);
        DrawCourses(plot, lane);
        DrawProcedures(plot, lane);
        DrawTroughs(plot, lane);
        DrawEpisodes(plot, lane);
    }

    private static void DrawEpisodes(Plot plot, SwimmerLane lane)
    {
        double previousX = double.NegativeInfinity;
        double lift = 0;
        foreach (PneumothoraxEpisode e in lane.Patient.Episodes)
        {
            double x = lane.Months(e.Date);
            // Episodes within a month of each other are stacked so that every one stays visible.
            lift = x - previousX < 1.2 ? lift + 0.07 : 0;
            previousX = x;
            double y = lane.Y + 0.12 + lift;
            bool imprecise = e.Date.Precision is DatePrecision.Window or DatePrecision.Year;
            if (imprecise)
            {
                var whisker = plot.Add.Line(lane.Months(e.Date.Earliest), y, lane.Months(e.Date.Latest), y);
                whisker.LineColor = Figure1Style.SideColor(e.Side).WithAlpha(0.5);
                whisker.LineWidth = 1.5f;
            }

            bool inferred = e.Source.Basis == ProvenanceBasis.Inferred && imprecise;
            var marker = plot.Add.Marker(x, y, inferred ? MarkerShape.OpenCircle : Figure1Style.SideShape(e.Side), 12, Figure1Style.SideColor(e.Side));
            marker.MarkerLineWidth = 2;
        }
    }

    private static void DrawCourses(Plot plot, SwimmerLane lane)
    {
        foreach (SirolimusCourse course in lane.Patient.SirolimusCourses)
        {
            double start = lane.Months(course.Date);
            double stop = course.Stop is null ? lane.End : lane.Months(course.Stop);
            var bar = plot.Add.Rectangle(start, stop, lane.Y - 0.09, lane.Y + 0.03);
            bar.FillColor = Figure1Style.Sirolimus;
            bar.LineColor = Figure1Style.SirolimusEdge;
            LabelDoses(plot, lane, course, stop);
            if (course.Stop is not null)
            {
                var x = plot.Add.Marker(stop, lane.Y - 0.03, MarkerShape.Eks, 16, Colors.Black);
                x.MarkerLineWidth = 3;
            }
        }
    }

    private static void LabelDoses(Plot plot, SwimmerLane lane, SirolimusCourse course, double stop)
    {
        var segments = new List<(double Start, string Label)> { (lane.Months(course.Date), DoseLabel(course.StartingDose)) };
        segments.AddRange(course.DoseChanges.Select(c => (lane.Months(c.Date), DoseLabel(c.NewDose))));
        foreach ((double start, string label) in segments)
        {
            var text = plot.Add.Text(label, start + 0.4, lane.Y - 0.03);
            text.LabelFontSize = 12;
            text.LabelFontColor = Colors.DarkGreen;
            text.LabelAlignment = Alignment.MiddleLeft;
        }
    }

    private static string DoseLabel(Measures.Quantities.DailyDose? dose) =>
        dose is null ? "sirolimus, dose not stated" : string.Create(CultureInfo.InvariantCulture, $"{dose.Value.ToMilligramsPerDay():0.##} mg/d");
}
