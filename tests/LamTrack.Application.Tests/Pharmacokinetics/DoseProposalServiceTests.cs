using System.Text.Json;
using LamTrack.Application.Pharmacokinetics;
using LamTrack.Application.Serialization;
using LamTrack.Pharmacokinetics.Models;
using Microsoft.Extensions.Options;

namespace LamTrack.Application.Tests.Pharmacokinetics;

public sealed class DoseProposalServiceTests
{
    private static readonly ModelCatalogue s_catalogue = ModelCatalogue.LoadShipped();

    private static DoseProposalService Service(PharmacokineticsOptions? options = null) =>
        new(s_catalogue, Options.Create(options ?? new PharmacokineticsOptions { ProposalSamples = 200, ForecastSamples = 100 }));

    [Fact]
    public async Task ProposeAsync_Case4_ReturnsRankedRegimensAndAForecastWithItsBand()
    {
        DoseProposalOutcome outcome = await Service().ProposeAsync(new ProposeDoseRequest(CaseSeries.Case("case-4")), CancellationToken.None);

        Assert.True(outcome.Succeeded, string.Join("; ", outcome.Problems));
        DoseProposalReport r = outcome.Report!;
        Assert.True(r.Regimens.Count > 10);
        Assert.True(r.Regimens[0].ProbabilityInWindow >= r.Regimens[^1].ProbabilityInWindow);
        Assert.All(r.Forecast!.Points, p => Assert.True(p.LowerNanogramsPerMillilitre <= p.PredictionNanogramsPerMillilitre + 1e-9 && p.PredictionNanogramsPerMillilitre <= p.UpperNanogramsPerMillilitre + 1e-9));
        Assert.True(r.NextTroughDate > r.DecisionDate);
        Assert.Equal(r.Regimens[0].Description, r.Forecast.Regimen);
        Assert.Equal(4, r.LabelMaximum.DailyMilligrams);
    }

    [Fact]
    public async Task ProposeAsync_LowerWindow_ProposesALowerDose()
    {
        DoseProposalService service = Service();
        DoseProposalReport label = (await service.ProposeAsync(new ProposeDoseRequest(CaseSeries.Case("case-1"), "5-15") { IncludeForecast = false }, CancellationToken.None)).Report!;
        DoseProposalReport low = (await service.ProposeAsync(new ProposeDoseRequest(CaseSeries.Case("case-1"), "1-3") { IncludeForecast = false }, CancellationToken.None)).Report!;

        Assert.True(low.Regimens[0].MeanDailyMilligrams < label.Regimens[0].MeanDailyMilligrams);
        Assert.Null(low.Forecast);
    }

    [Fact]
    public async Task ProposeAsync_ForecastDaysOption_SetsTheLengthOfTheCurve()
    {
        var request = new ProposeDoseRequest(CaseSeries.Case("case-1"));
        DoseProposalReport shortForecast = (await Service(new() { ProposalSamples = 50, ForecastSamples = 40, ForecastDays = 14 }).ProposeAsync(request, CancellationToken.None)).Report!;
        DoseProposalReport longForecast = (await Service(new() { ProposalSamples = 50, ForecastSamples = 40, ForecastDays = 28 }).ProposeAsync(request, CancellationToken.None)).Report!;

        Assert.Equal(14 * 24 / 4, longForecast.Forecast!.Points.Count - shortForecast.Forecast!.Points.Count);
        Assert.Equal(28, longForecast.Settings.ForecastDays);
    }

    [Fact]
    public async Task ProposeAsync_HistoryWindowShorterThanTheTreatment_StartsTheCurveThatManyDaysBeforeTheDecision()
    {
        var request = new ProposeDoseRequest(CaseSeries.Case("case-1"));
        DoseProposalReport whole = (await Service(new() { ProposalSamples = 50, ForecastSamples = 40 }).ProposeAsync(request, CancellationToken.None)).Report!;
        DoseProposalReport window = (await Service(new() { ProposalSamples = 50, ForecastSamples = 40, HistoryWindowDays = 10 }).ProposeAsync(request, CancellationToken.None)).Report!;

        double decisionHours = window.Forecast!.Points[^1].HoursFromReference - ((56 * 24) - 4);
        Assert.True(whole.Forecast!.Points[0].HoursFromReference < decisionHours - (10 * 24));
        Assert.Equal(decisionHours - (10 * 24), window.Forecast.Points[0].HoursFromReference, 6);
    }

    [Theory]
    [InlineData("15-5", null, PharmacokineticsProblemCodes.InvalidTargetWindow)] // window upside down
    [InlineData("5-15", "no-such-model", PharmacokineticsProblemCodes.InvalidModel)] // unknown model id
    [InlineData("5-15", "../models/jiao-2009.json", PharmacokineticsProblemCodes.InvalidModel)] // an id never names a file
    public async Task ProposeAsync_BadRequest_ReturnsACodedProblemAndNoReport(string target, string? model, string code)
    {
        DoseProposalOutcome outcome = await Service().ProposeAsync(new ProposeDoseRequest(CaseSeries.Case("case-4"), target) { ModelId = model }, CancellationToken.None);

        Assert.Null(outcome.Report);
        Assert.Equal(code, Assert.Single(outcome.Problems).Code);
    }

    [Fact]
    public async Task ProposeAsync_Report_SerialisesWithIsoDatesAndUnitNamedFields()
    {
        DoseProposalReport r = (await Service().ProposeAsync(new ProposeDoseRequest(CaseSeries.Case("case-4")), CancellationToken.None)).Report!;

        using JsonDocument doc = JsonDocument.Parse(JsonSerializer.Serialize(r, LamTrackJson.Options));

        Assert.Equal(r.DecisionDate.ToString("yyyy-MM-dd", null), doc.RootElement.GetProperty("decisionDate").GetString());
        Assert.True(doc.RootElement.GetProperty("forecast").GetProperty("points")[0].TryGetProperty("predictionNanogramsPerMillilitre", out _));
        Assert.NotEmpty(doc.RootElement.GetProperty("interactions").EnumerateArray());
    }

    [Fact]
    public void Codes_AreUniqueAndPrefixed()
    {
        Assert.Equal(PharmacokineticsProblemCodes.All.Count, PharmacokineticsProblemCodes.All.Distinct().Count());
        Assert.All(PharmacokineticsProblemCodes.All, c => Assert.StartsWith("PK-", c, StringComparison.Ordinal));
    }
}
