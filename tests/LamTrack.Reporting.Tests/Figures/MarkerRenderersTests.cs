using LamTrack.Domain.Patients;
using LamTrack.Reporting.CaseSeries;
using LamTrack.Reporting.Figures;
using LamTrack.Testing;
using ScottPlot;

namespace LamTrack.Reporting.Tests.Figures;

public sealed class MarkerRenderersTests
{
    [Fact]
    public void Apply_Figure1_GivesEveryPathMarkerAndLegendItemTheReachableRenderer()
    {
        IReadOnlyList<Patient> patients = CaseSeriesData.LoadAll();
        using Plot plot = Figure1Renderer.Build(patients);
        MarkerRenderers.Apply(plot);
        MarkerStyle[] styles = [.. plot.GetPlottables().OfType<IHasMarker>().Select(p => p.MarkerStyle), .. plot.Legend.ManualItems.Select(i => i.MarkerStyle)];
        MarkerStyle[] pathDrawn = [.. styles.Where(s => ReachablePathMarker.Draws(s.Shape))];
        Assert.Contains(pathDrawn, s => s.Shape == MarkerShape.Cross);
        Assert.All(pathDrawn, s => Assert.Same(ReachablePathMarker.Instance, s.CustomRenderer));
    }

    [Fact]
    public void Apply_CircleMarker_KeepsScottPlotsRenderer()
    {
        using var plot = new Plot();
        var marker = plot.Add.Marker(0, 0, MarkerShape.FilledCircle, 10, Colors.Black);
        MarkerRenderers.Apply(plot);
        Assert.Null(marker.MarkerStyle.CustomRenderer);
    }

    [Fact]
    public void Apply_UnsupportedPathShape_RefusesNamingTheShape()
    {
        using var plot = new Plot();
        plot.Add.Marker(0, 0, MarkerShape.Asterisk, 10, Colors.Black);
        var error = Assert.Throws<NotSupportedException>(() => MarkerRenderers.Apply(plot));
        Assert.Contains("Asterisk", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void PngBytes_PlotWithPathMarker_RendersWithTheReachableRenderer()
    {
        ScottPlot.Plottables.Marker? marker = null;
        FigureOutput.PngBytes(
            () =>
            {
                var plot = new Plot();
                marker = plot.Add.Marker(0, 0, MarkerShape.Eks, 10, Colors.Black);
                return plot;
            },
            40,
            40);
        Assert.Same(ReachablePathMarker.Instance, marker!.MarkerStyle.CustomRenderer);
    }
}
