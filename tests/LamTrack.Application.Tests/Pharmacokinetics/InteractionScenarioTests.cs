using LamTrack.Application.Guidance;
using LamTrack.Application.Pharmacokinetics;
using LamTrack.Pharmacokinetics.Models;
using Microsoft.Extensions.Options;
using NodaTime;

namespace LamTrack.Application.Tests.Pharmacokinetics;

/// <summary>The six interaction scenarios of tests/scenarios/interactions: the guidance findings and the dose plan must
/// agree on direction and size, against the interaction table's cited folds (rifampicin CL/F ×5, Tortorici 2013 [P];
/// voriconazole ×1/11 and ketoconazole ×1/11 [S]; clarithromycin ×1/4.2 [UNVERIFIED]).</summary>
public sealed class InteractionScenarioTests
{
    private static readonly LocalDate s_decision = new(2025, 5, 5);
    private static readonly ModelCatalogue s_catalogue = ModelCatalogue.LoadShipped();
    private static readonly DoseProposalService s_doses = new(s_catalogue, Options.Create(new PharmacokineticsOptions { ProposalSamples = 100, ForecastSamples = 40 }));
    private static readonly GuidanceService s_guidance = new(s_catalogue);

    private static async Task<(DoseProposalReport Report, IReadOnlyList<FindingDocument> Interactions)> RunAsync(string id)
    {
        DoseProposalOutcome dose = await s_doses.ProposeAsync(new ProposeDoseRequest(Scenarios.Patient(id)) { DecisionDate = s_decision, IncludeForecast = false });
        AdviceOutcome advice = await s_guidance.AdviseAsync(new AdviceRequest(Scenarios.Patient(id), s_decision));
        Assert.True(dose.Succeeded, string.Join("; ", dose.Problems));
        return (dose.Report!, [.. advice.Advice!.Findings.Where(f => f.RuleId.StartsWith("LAM-INT", StringComparison.Ordinal))]);
    }

    [Fact]
    public async Task InducerStarted_FindingAndPlanAgreeOnAFiveFoldClearanceAndAHigherDose()
    {
        (DoseProposalReport r, IReadOnlyList<FindingDocument> findings) = await RunAsync("scn-inducer");

        InteractionForecastDocument f = Assert.Single(findings, x => x.RuleId == "LAM-INT-001").Forecast!;
        Assert.Equal(5, f.ClearanceFold, 3);
        Assert.Equal(0.2, f.TroughFoldChange, 3);
        Assert.Equal(["onset of rifampicin", "on rifampicin"], r.Plan!.Phases.Select(p => p.Label));
        Assert.Equal(f.ClearanceFold, r.Plan.Phases[^1].ClearanceMultiplierAtEnd, 2);
        Assert.True(r.Plan.Phases[^1].MeanDailyMilligrams > r.CurrentDailyMilligrams);
        Assert.True(r.Plan.IsBeyondLabel);
        Assert.Contains(r.Warnings, w => w.Contains("beyond the label maximum", StringComparison.Ordinal));
        Assert.Contains(r.Plan.Alternatives, a => a.Contains("change rifampicin", StringComparison.Ordinal));
        IndividualForecastDocument own = f.Individual!;
        Assert.Equal("jiao-2009, MAP estimate from 3 trough(s)", own.Basis);
        Assert.InRange(own.SteadyStateNanogramsPerMillilitre / 7.8, 0.1, 0.3);
        Assert.InRange(own.NextTroughNanogramsPerMillilitre, own.SteadyStateNanogramsPerMillilitre, 7.8);
        Assert.True(own.NextTroughLowerNanogramsPerMillilitre <= own.NextTroughNanogramsPerMillilitre && own.NextTroughNanogramsPerMillilitre <= own.NextTroughUpperNanogramsPerMillilitre);
        Assert.True(own.DoseBeyondLabel);
    }

    [Fact]
    public async Task InhibitorStarted_FindingAndPlanAgreeOnAnElevenFoldRiseAndALowerDose()
    {
        (DoseProposalReport r, IReadOnlyList<FindingDocument> findings) = await RunAsync("scn-inhibitor");

        InteractionForecastDocument f = Assert.Single(findings, x => x.RuleId == "LAM-INT-001").Forecast!;
        Assert.Equal(0.0909, f.ClearanceFold, 3);
        Assert.InRange(f.TroughFoldChange, 10.9, 11.1);
        PlanPhaseSummary last = r.Plan!.Phases[^1];
        Assert.Equal(f.ClearanceFold, last.ClearanceMultiplierAtEnd, 3);
        Assert.True(last.MeanDailyMilligrams < 0.25 * r.CurrentDailyMilligrams!.Value);
        Assert.False(r.Plan.IsBeyondLabel);
        IndividualForecastDocument own = f.Individual!;
        Assert.InRange(own.SteadyStateNanogramsPerMillilitre / 7.8, 8, 14);
        Assert.True(own.SteadyStateLowerNanogramsPerMillilitre < own.SteadyStateNanogramsPerMillilitre && own.SteadyStateNanogramsPerMillilitre < own.SteadyStateUpperNanogramsPerMillilitre);
        Assert.Equal(new LocalDate(2025, 5, 12), own.NextTroughDate);
        Assert.Equal(last.NeededDailyMilligrams!.Value, own.DoseBackToWindowMilligramsPerDay!.Value, 0.01 * last.NeededDailyMilligrams.Value);
        Assert.False(own.DoseBeyondLabel);
    }

    [Fact]
    public async Task InhibitorStoppedAndInducerStarted_PlansTheWashoutAndTheCourse()
    {
        (DoseProposalReport r, IReadOnlyList<FindingDocument> findings) = await RunAsync("scn-switch");

        Assert.Equal(0.0909, Assert.Single(findings, x => x.RuleId == "LAM-INT-002").Forecast!.TroughFoldChange, 3);
        Assert.Equal(5, Assert.Single(findings, x => x.RuleId == "LAM-INT-001").Forecast!.ClearanceFold, 3);
        Assert.StartsWith("washout of ketoconazole", r.Plan!.Phases[0].Label, StringComparison.Ordinal);
        Assert.EndsWith("on rifampicin", r.Plan.Phases[^1].Label, StringComparison.Ordinal);
        Assert.True(r.Plan.Phases[0].ClearanceMultiplierAtStart < 0.5 && r.Plan.Phases[^1].ClearanceMultiplierAtEnd > 4.9);
        Assert.True(r.Plan.Phases[^1].MeanDailyMilligrams > r.CurrentDailyMilligrams);
    }

    [Fact]
    public async Task ShortCourseWithAStopDate_LowersTheDoseForTheCourseAndRaisesItAfterTheWashout()
    {
        (DoseProposalReport r, IReadOnlyList<FindingDocument> findings) = await RunAsync("scn-short");

        Assert.Equal(0.2381, Assert.Single(findings, x => x.RuleId == "LAM-INT-001").Forecast!.ClearanceFold, 3);
        Assert.Equal(["on clarithromycin", "washout of clarithromycin", "after clarithromycin"], r.Plan!.Phases.Select(p => p.Label));
        Assert.Equal([new LocalDate(2025, 5, 5), new LocalDate(2025, 5, 15), new LocalDate(2025, 5, 21)], r.Plan.Phases.Select(p => p.StartDate));
        Assert.True(r.Plan.Phases[0].MeanDailyMilligrams < r.Plan.Phases[^1].MeanDailyMilligrams);
        Assert.Equal(1, r.Plan.Phases[^1].ClearanceMultiplierAtEnd, 2);
        Assert.All(r.Plan.Phases, p => Assert.NotEmpty(p.CheckTroughDates));
    }

    [Fact]
    public async Task NamedRegimen_RifampicinIsSizedAndTheOtherAgentsAreUnknownInBoth()
    {
        (DoseProposalReport r, IReadOnlyList<FindingDocument> findings) = await RunAsync("scn-regimen");

        FindingDocument finding = Assert.Single(findings, x => x.RuleId == "LAM-INT-001");
        Assert.Equal("rifampicin", finding.Forecast!.Perpetrator);
        Assert.Contains(finding.Caveats, c => c.StartsWith("isoniazid", StringComparison.Ordinal));
        Assert.Contains(r.Interactions, i => i.Drug == "isoniazid" && i.Perpetrator is null);
        Assert.Equal(finding.Forecast.ClearanceFold, r.Plan!.Phases[^1].ClearanceMultiplierAtEnd, 2);
    }

    [Fact]
    public async Task NoInteractingDrug_RulesAndPlanStaySilent()
    {
        (DoseProposalReport r, IReadOnlyList<FindingDocument> findings) = await RunAsync("scn-none");

        Assert.Empty(findings);
        Assert.Null(r.Plan);
        Assert.Equal(1, r.ClearanceMultiplierAssumed);
        Assert.NotEmpty(r.Regimens);
    }
}
