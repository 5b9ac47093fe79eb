using LamTrack.Domain.Patients;
using LamTrack.Pharmacokinetics.Data;
using LamTrack.Pharmacokinetics.Dosing;
using LamTrack.Pharmacokinetics.Engine;
using LamTrack.Pharmacokinetics.Interactions;
using LamTrack.Pharmacokinetics.Models;
using LamTrack.Pharmacokinetics.Proposals;
using LamTrack.PatientFiles;
using NodaTime;

namespace LamTrack.Dosing.Tests;

/// <summary>Case 4 of the source case series: anti-tuberculosis therapy, a trough "&gt; 15 ng/mL" after it stopped and 0.01 ng/mL after it restarted.</summary>
public sealed class PatientPkMapperTests
{
    private static Patient Case(string id) =>
        PatientFileLoader.Load(Path.Combine(AppContext.BaseDirectory, "case-series")).Patients.Single(p => p.Id == id);

    private static readonly Dictionary<string, string> s_rifampicin = new() { ["anti-tuberculosis therapy"] = "rifampicin" };

    [Fact]
    public void Map_Case4_UsesEveryTroughWithTheRightCensoring()
    {
        PatientPkMapping m = PatientPkMapper.Map(Case("case-4"), PatientPkOptions.Default)!;

        Assert.Equal(4, m.Treatment.Observations.Count);
        Assert.Single(m.Treatment.Observations, o => o.IsAboveLimit && o.UpperLimitNanogramsPerMillilitre == 15);
        Assert.Contains(m.Treatment.Observations, o => !o.IsCensored && o.ValueNanogramsPerMillilitre == 0.01);
        Assert.All(m.Treatment.Observations, o => Assert.True(o.TimeHours > 0 && o.TimeHours % 24 == 0));
    }

    [Fact]
    public void Map_Case4_FollowsTheDoseChanges()
    {
        PatientPkMapping m = PatientPkMapper.Map(Case("case-4"), PatientPkOptions.Default)!;
        IReadOnlyList<DoseEvent> doses = m.Treatment.Doses.Doses;

        Assert.Equal(2, doses[0].AmountMilligrams);
        Assert.Contains(doses, d => d.AmountMilligrams == 1);
        Assert.Equal(2, doses[^1].AmountMilligrams);
        Assert.Equal(2, m.CurrentDailyMilligrams);
        Assert.Equal(m.HoursAt(m.DecisionDate) - 24, doses[^1].TimeHours);
    }

    [Fact]
    public void Map_UnnamedAntiTuberculosisDrugs_PassTheTherapyOnSoTheEngineModelsNoEffect()
    {
        PatientPkMapping m = PatientPkMapper.Map(Case("case-4"), PatientPkOptions.Default)!;
        InteractionTable table = InteractionTable.ReadFile(Path.Combine(AppContext.BaseDirectory, "models", "interactions.json"));

        InteractionResolution r = table.Resolve(m.Treatment.CoMedications, 20000);

        // The table lists the therapy by name without a fold (its size is not known): no effect is applied to CL/F.
        Assert.All(r.Notes, n => Assert.True(n.IsUnknown || n.Perpetrator is { IsModelled: false }));
    }

    [Fact]
    public void Map_AssumedRifampicin_IsAppliedAndSaid()
    {
        PatientPkMapping m = PatientPkMapper.Map(Case("case-4"), new PatientPkOptions(null, s_rifampicin))!;

        Assert.All(m.Treatment.CoMedications, c => Assert.Equal("rifampicin", c.Drug));
        Assert.Contains(m.Assumptions, a => a.Contains("ASSUMED rifampicin", StringComparison.Ordinal));
    }

    [Fact]
    public void Map_DecisionDateGiven_DropsLaterTroughs()
    {
        PatientPkMapping all = PatientPkMapper.Map(Case("case-4"), PatientPkOptions.Default)!;
        LocalDate early = all.DayAt(all.Treatment.Observations[1].TimeHours);

        PatientPkMapping m = PatientPkMapper.Map(Case("case-4"), new PatientPkOptions(early, new Dictionary<string, string>()))!;

        Assert.Equal(2, m.Treatment.Observations.Count);
        Assert.Contains(m.Assumptions, a => a.Contains("not used", StringComparison.Ordinal));
    }

    [Fact]
    public void Engine_Case4WithRifampicinAssumed_ForecastsTheFallOnTherapyAndTheRiseAfter()
    {
        PatientPkMapping m = PatientPkMapper.Map(Case("case-4"), new PatientPkOptions(null, s_rifampicin))!;
        InteractionTable table = InteractionTable.ReadFile(Path.Combine(AppContext.BaseDirectory, "models", "interactions.json"));
        PopulationModel model = ModelFileReader.ReadFile(Path.Combine(AppContext.BaseDirectory, "models", "jiao-2009.json"));
        Observation above = m.Treatment.Observations.Single(o => o.IsAboveLimit);
        Observation onTherapy = m.Treatment.Observations[0];
        var wanted = new PkWanted(true, [onTherapy.TimeHours, above.TimeHours], new ProposalWish(TargetWindow.Paper, m.HoursAt(m.DecisionDate), 2), Samples: 100);

        PkResponse r = PkEngine.Run(new PkRequest(model, m.Treatment, table, wanted));

        Assert.True(r.Forecast[1].PredictionNanogramsPerMillilitre > 1.5 * r.Forecast[0].PredictionNanogramsPerMillilitre,
            $"after stopping rifampicin the level should rise: {r.Forecast[0].PredictionNanogramsPerMillilitre} → {r.Forecast[1].PredictionNanogramsPerMillilitre}");
        Assert.Contains(r.Caveats, c => c.Contains("Off-population", StringComparison.Ordinal));
    }
}
