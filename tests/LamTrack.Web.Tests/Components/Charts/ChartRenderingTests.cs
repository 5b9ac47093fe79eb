using AngleSharp.Dom;
using Bunit;
using LamTrack.Testing;
using LamTrack.Web.Components.Charts;
using NodaTime;

namespace LamTrack.Web.Tests.Components.Charts;

public sealed class ChartRenderingTests : IDisposable
{
    private readonly BunitContext _context = new();

    public void Dispose() => _context.Dispose();

    [Fact]
    public void PatientTimeline_Case4_RendersOneFocusableLabelledItemPerTimelineItem()
    {
        TimelineModel model = TimelineModelBuilder.Build(CaseSeriesData.LoadAll()[3], new LocalDate(2018, 1, 31));

        IRenderedComponent<PatientTimeline> chart = _context.Render<PatientTimeline>(p => p.Add(c => c.Model, model));

        IElement[] items = [.. chart.FindAll("g.tl-item")];
        Assert.Equal(model.Items.Count, items.Length);
        Assert.All(items, i => Assert.Equal("0", i.GetAttribute("tabindex")));
        Assert.All(items, i => Assert.False(string.IsNullOrEmpty(i.GetAttribute("aria-label"))));
        Assert.Single(chart.FindAll("g.tl-item.mark-abovelimit"));
    }

    [Fact]
    public void PatientTimeline_FocusingAnItem_ShowsItsDetailsAndSource()
    {
        TimelineModel model = TimelineModelBuilder.Build(CaseSeriesData.LoadAll()[3], new LocalDate(2018, 1, 31));
        IRenderedComponent<PatientTimeline> chart = _context.Render<PatientTimeline>(p => p.Add(c => c.Model, model));

        chart.Find("g.tl-item[data-item='c4-tr2']").FocusIn();

        string detail = chart.Find(".chart-detail").TextContent;
        Assert.Contains("Trough > 15 ng/mL", detail, StringComparison.Ordinal);
        Assert.Contains("Case 4 narrative", detail, StringComparison.Ordinal);
    }

    [Fact]
    public void PatientTimeline_ZoomToOneYear_DrawsOnlyItsItems()
    {
        TimelineModel model = TimelineModelBuilder.Build(CaseSeriesData.LoadAll()[3], new LocalDate(2018, 1, 31));
        IRenderedComponent<PatientTimeline> chart = _context.Render<PatientTimeline>(p => p
            .Add(c => c.Model, model)
            .Add(c => c.From, new LocalDate(2016, 1, 1))
            .Add(c => c.To, new LocalDate(2016, 12, 31)));

        string[] drawn = [.. chart.FindAll("g.tl-item").Select(i => i.GetAttribute("data-item")!)];

        Assert.Contains("c4-tr3", drawn);
        Assert.DoesNotContain("c4-ptx1", drawn);
        Assert.True(drawn.Length < model.Items.Count);
    }

    [Fact]
    public void KaplanMeierChart_RendersTheLayoutsPathAndATextTable()
    {
        var curve = new SurvivalCurve("Free of recurrence", [new SurvivalStep(1, 0.8, 0.5, 0.95) { AtRisk = 5 }, new SurvivalStep(2, 0.6, 0.3, 0.9) { AtRisk = 4 }]);

        IRenderedComponent<KaplanMeierChart> chart = _context.Render<KaplanMeierChart>(p => p.Add(c => c.Curve, curve));

        Assert.Equal(new SurvivalLayout(curve).CurvePath(), chart.Find("path.km-curve").GetAttribute("d"));
        Assert.Equal(2, chart.FindAll(".chart-text tbody tr").Count);
        Assert.Contains("0.6", chart.Find("svg").GetAttribute("aria-label"), StringComparison.Ordinal);
    }

    [Fact]
    public void KaplanMeierChart_RegistryCurve_ListsEveryNthStepAndTheLastAndDrawsTheMarksAsOnePath()
    {
        SurvivalStep[] steps = [.. Enumerable.Range(1, 3000).Select(i => new SurvivalStep(i / 300.0, 1 - (i / 4000.0), null, null) { AtRisk = 5000 - i })];
        SurvivalCurve curve = new SurvivalCurve("Registry", steps) with { CensoredTimes = [.. Enumerable.Range(1, 2000).Select(i => i / 200.0)] };

        IRenderedComponent<KaplanMeierChart> chart = _context.Render<KaplanMeierChart>(p => p.Add(c => c.Curve, curve));

        Assert.Equal(101, chart.FindAll(".chart-text tbody tr").Count);
        Assert.Contains("one step in 30 of 3000", chart.Find(".chart-text caption").TextContent, StringComparison.Ordinal);
        Assert.Equal("10", chart.FindAll(".chart-text tbody tr")[^1].QuerySelector("td")!.TextContent);
        Assert.Single(chart.FindAll("path.censor-mark"));
        Assert.True(chart.Markup.Length < 100_000, $"{chart.Markup.Length} characters");
    }

    [Fact]
    public void TrendChart_AxisTitleCarriesTheUnit_AndEachFitIsListedWithItsSlope()
    {
        var series = new TrendSeries("FEV1", "L", [new TrendPoint(new LocalDate(2015, 1, 1), 2.1), new TrendPoint(new LocalDate(2016, 1, 1), 1.9)])
        {
            Fits = [new TrendFit("before sirolimus", new LocalDate(2015, 1, 1), 2.1, new LocalDate(2016, 1, 1), 1.9, "-200 mL/year")],
        };

        IRenderedComponent<TrendChart> chart = _context.Render<TrendChart>(p => p.Add(c => c.Series, series));

        Assert.Contains(chart.FindAll("text.axis-title"), t => t.TextContent == "FEV1 (L)");
        Assert.Contains("before sirolimus: -200 mL/year", chart.Find(".chart-legend").TextContent, StringComparison.Ordinal);
        Assert.Equal(2, chart.FindAll("circle.point").Count);
    }

    [Fact]
    public void ForecastChart_CensoredObservation_IsDrawnAsCensored()
    {
        var at = new LocalDateTime(2018, 3, 1, 8, 0);
        var series = new ForecastSeries("Forecast", [new ForecastPoint(at, 6, 4, 8), new ForecastPoint(at.PlusHours(24), 7, 5, 9)])
        {
            Observations = [new ForecastObservation(at, 15, TimelineMarker.AboveLimit, "> 15 ng/mL")],
        };

        IRenderedComponent<ForecastChart> chart = _context.Render<ForecastChart>(p => p.Add(c => c.Series, series));

        Assert.Single(chart.FindAll("g.observation.mark-abovelimit path.censored"));
        Assert.Empty(chart.FindAll("g.observation circle"));
    }
}
