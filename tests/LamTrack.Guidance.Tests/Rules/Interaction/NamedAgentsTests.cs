using LamTrack.Guidance.Findings;
using LamTrack.Guidance.Interactions;
using LamTrack.Pharmacokinetics.Models;
using LamTrack.Testing;

namespace LamTrack.Guidance.Tests.Rules.Interaction;

public sealed class NamedAgentsTests
{
    private const string Id = "LAM-INT-001";
    private static readonly IInteractionForecaster s_forecaster = new ClearanceTableInteractionForecaster(ModelCatalogue.LoadShipped().Interactions);

    private static LamTrack.Domain.Patients.Patient AntiTuberculosis(params string[] agents) =>
        new PatientBuilder().Diagnosed().Sirolimus("2019-01-01").Trough("2019-02-01", 6m)
            .CoMedication("2019-03-01", "anti-tuberculosis therapy", agents).Build();

    [Fact]
    public void Evaluate_NamedRegimenWithRifampicin_GivesRifampicinsForecastAndListsTheUnknownAgents()
    {
        Finding f = Evaluate.Single(Id, AntiTuberculosis("rifampicin", "isoniazid", "pyrazinamide", "ethambutol"), "2019-03-02", forecaster: s_forecaster);

        Assert.StartsWith("Rifampicin (inducer)", f.Message, StringComparison.Ordinal);
        InteractionExpectation e = f.Interaction!;
        // Tortorici 2013 (doi:10.1002/cpdd.40): CL/F about 5-fold with rifampin: the trough falls to a fifth, 6 -> 1.2 ng/mL.
        Tolerance.AssertClose(5.0, e.ClearanceFold, 1e-12);
        Tolerance.AssertClose(1.2, e.ExpectedTroughNanogramsPerMillilitre!.Value, 1e-12);
        // Back to the 5-15 window midpoint (10 ng/mL) by the proportional rule: 2 mg x 10 / 1.2 = 16.7 mg/day, beyond the label.
        Tolerance.AssertClose(2 * 10 / 1.2, e.DoseBackToWindowMilligramsPerDay!.Value, 1e-9);
        Assert.True(e.DoseBeyondLabel);
        foreach (string agent in new[] { "isoniazid", "pyrazinamide", "ethambutol" })
        {
            Assert.Contains(f.Caveats, c => c.StartsWith(agent, StringComparison.Ordinal) && c.Contains("effect unknown, not modelled", StringComparison.Ordinal));
        }
    }

    [Fact]
    public void Evaluate_NamedAgentsWithoutAPerpetrator_GiveNoFinding() =>
        Assert.Empty(Evaluate.Rule(Id, AntiTuberculosis("isoniazid", "ethambutol"), "2019-03-02", forecaster: s_forecaster).Findings);

    [Fact]
    public void Evaluate_UnnamedTherapy_KeepsTheClassEntryWithoutAForecast()
    {
        Finding f = Evaluate.Single(Id, AntiTuberculosis(), "2019-03-02", forecaster: s_forecaster);

        Assert.StartsWith("Anti-tuberculosis therapy (inducer)", f.Message, StringComparison.Ordinal);
        Assert.Null(f.Interaction);
        Assert.Contains(f.Caveats, c => c.Contains("no clearance fold for 'anti-tuberculosis therapy'", StringComparison.Ordinal));
    }

    [Fact]
    public void Evaluate_InhibitorNamedByBrand_SizedByTheSameEntryAsThePkEngine()
    {
        Finding f = Evaluate.Single(Id, AntiTuberculosis("Neoral"), "2019-03-02", forecaster: s_forecaster);

        Assert.Equal("cyclosporine", f.Interaction!.Perpetrator);
        Tolerance.AssertClose(ModelCatalogue.LoadShipped().Interactions.Find("ciclosporin")!.ClearanceFold, f.Interaction.ClearanceFold, 1e-12);
    }
}
