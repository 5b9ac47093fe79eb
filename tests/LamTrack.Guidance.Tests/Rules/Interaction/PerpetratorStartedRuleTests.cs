using LamTrack.Guidance.Catalogue;
using LamTrack.Guidance.Findings;
using LamTrack.Guidance.Interactions;
using LamTrack.Measures.Quantities;

namespace LamTrack.Guidance.Tests.Rules.Interaction;

public sealed class PerpetratorStartedRuleTests
{
    private const string Id = "LAM-INT-001";

    private static LamTrack.Domain.Patients.Patient Started(string drug, string start = "2019-03-01") =>
        new PatientBuilder().Diagnosed().Sirolimus("2019-01-01").Trough("2019-02-01", 6m).CoMedication(start, drug).Build();

    [Fact]
    public void Evaluate_InducerStarted_LevelFallsAndNoForecastIsAvailable()
    {
        Finding f = Evaluate.Single(Id, Started("rifampicin"), "2019-03-02");
        Assert.Equal(Severity.Warning, f.Severity);
        Assert.Contains("expected to fall (risk of pneumothorax recurrence)", f.Message, StringComparison.Ordinal);
        Assert.Contains("no forecast available", f.Message, StringComparison.Ordinal);
        Assert.Contains(UnavailableInteractionForecaster.Reason, f.Caveats);
        Assert.Contains("draw a trough by 2019-03-08", f.Action, StringComparison.Ordinal);
        Assert.Contains("avoiding this combination", f.Action, StringComparison.Ordinal);
    }

    [Fact]
    public void Evaluate_ModerateInhibitorStarted_LevelRisesConsider()
    {
        Finding f = Evaluate.Single(Id, Started("diltiazem"), "2019-03-02");
        Assert.Equal(Severity.Consider, f.Severity);
        Assert.Contains("expected to rise (toxicity risk)", f.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("2019-03-31", 1)] // day 30: within the look-back window
    [InlineData("2019-04-01", 0)] // day 31: outside it
    public void Evaluate_LookBackWindow_Is30Days(string asOf, int findings) =>
        Assert.Equal(findings, Evaluate.Rule(Id, Started("rifampicin"), asOf).Findings.Count);

    [Fact]
    public void Evaluate_ForecasterAvailable_PrintsTheSize()
    {
        Finding f = Evaluate.Single(Id, Started("rifampicin"), "2019-03-02", forecaster: new FixedForecaster());
        Assert.Contains("trough x0.2 to about 1.2 ng/mL within about 14 days", f.Message, StringComparison.Ordinal);
        Assert.DoesNotContain(UnavailableInteractionForecaster.Reason, f.Caveats);
    }

    [Fact]
    public void Evaluate_UnlistedDrug_NoFinding() => Evaluate.Nothing(Id, Started("paracetamol"), "2019-03-02");

    [Fact]
    public void Evaluate_NotOnSirolimus_NotApplicable() =>
        Assert.Contains("not taking sirolimus", Evaluate.NotApplicable(Id, new PatientBuilder().Diagnosed().CoMedication("2019-03-01", "rifampicin").Build(), "2019-03-02"), StringComparison.Ordinal);

    private sealed class FixedForecaster : IInteractionForecaster
    {
        public InteractionForecastOutcome Forecast(InteractionForecastRequest request)
        {
            Assert.Equal(6, request.LastTrough!.Value.ToNanogramsPerMillilitre());
            MassConcentration expected = MassConcentration.FromNanogramsPerMillilitre(request.LastTrough!.Value.ToNanogramsPerMillilitre() * 0.2);
            return InteractionForecastOutcome.Available(new InteractionForecast(0.2, expected, 14, "test model", TestCitations.Any));
        }
    }
}
