using System.Text;
using LamTrack.Web.Components.Pages.Dashboard;

namespace LamTrack.Web.Tests.Components.Pages.Dashboard;

public sealed class CohortDashboardFiguresTests
{
    private const string Document = """
        {
          "pooled": {
            "before": { "episodes": 12, "personYears": 8.5, "rate": 1.41176, "ci95": [0.7295, 2.4661] },
            "on": { "episodes": 1, "personYears": 10.25, "rate": 0.09756, "ci95": [0.0025, 0.5436] },
            "rateRatioOnVsBefore": { "estimate": 0.0691, "ci95": [0.0016, 0.4667], "pValue": 0.0004 },
            "troughBands": [ { "band": "5-15", "days": 3000, "fraction": 0.8, "episodes": 1, "rate": 0.12, "ci95": [0.003, 0.67] } ]
          },
          "kaplanMeier": { "intentionToTreat": { "steps": [
            { "time": 365.25, "nRisk": 5, "nEvent": 1, "nCensor": 0, "surv": 0.8, "lower": 0.5, "upper": 1 },
            { "time": 730.5, "nRisk": 4, "nEvent": 0, "nCensor": 1, "surv": 0.8, "lower": 0.5, "upper": 1 } ] } },
          "baselines": [ { "measure": "Recurrence after conservative management", "value": 0.66, "kind": "proportion", "citation": "ALMOOSA-2006" } ]
        }
        """;

    [Fact]
    public void Read_PooledDocument_CopiesRatesRatiosBandsCurveAndBaselines()
    {
        CohortDashboardFigures figures = CohortDashboardFigures.Read(Encoding.UTF8.GetBytes(Document));

        Assert.Equal(["Before sirolimus", "On sirolimus", "Interrupted", "After stopping"], figures.Rates.Select(r => r.Period));
        Assert.Equal(new CohortRateRow("Before sirolimus", 12, 8.5, 1.41176, 0.7295, 2.4661), figures.Rates[0]);
        Assert.Equal(new CohortRateRow("Interrupted", null, null, null, null, null), figures.Rates[2]);
        Assert.Equal(new CohortRatioRow("Rate ratio on vs before", true, 0.0691, 0.0016, 0.4667, 0.0004), figures.Ratios[0]);
        Assert.False(figures.Ratios[1].Estimable);
        Assert.Equal(new TroughBandRow("5-15", 3000, 0.8, 1, 0.12, 0.003, 0.67), Assert.Single(figures.TroughBands));
        Assert.Equal(new BaselineRow("Recurrence after conservative management", 0.66, null, null, "proportion", "ALMOOSA-2006"), Assert.Single(figures.Baselines));
        Assert.Equal(1.0, Assert.Single(figures.Survival!.Steps).Time, 9);
        Assert.Equal([2.0], figures.Survival.CensoredTimes);
    }

    [Fact]
    public void Read_ChangedEpisodeCount_ChangesTheRowAndTheCsv()
    {
        CohortDashboardFigures original = CohortDashboardFigures.Read(Encoding.UTF8.GetBytes(Document));
        CohortDashboardFigures changed = CohortDashboardFigures.Read(Encoding.UTF8.GetBytes(Document.Replace("\"episodes\": 12", "\"episodes\": 13", StringComparison.Ordinal)));

        Assert.Equal(13, changed.Rates[0].Episodes);
        Assert.Contains("Before sirolimus,12,8.5000,1.41176,0.72950,2.46610\n", original.RatesCsv(), StringComparison.Ordinal);
        Assert.Contains("Before sirolimus,13,", changed.RatesCsv(), StringComparison.Ordinal);
        Assert.Contains("Interrupted,,,,,\n", original.RatesCsv(), StringComparison.Ordinal);
    }

    [Fact]
    public void Read_DocumentWithoutPooledSection_HasNoFiguresButFourEmptyRates()
    {
        CohortDashboardFigures figures = CohortDashboardFigures.Read("{}"u8);

        Assert.All(figures.Rates, r => Assert.Null(r.Episodes));
        Assert.Null(figures.Survival);
        Assert.Empty(figures.TroughBands);
        Assert.Empty(figures.Baselines);
    }
}
