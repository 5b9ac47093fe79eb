using LamTrack.Measures.Quantities;
using LamTrack.Pharmacokinetics.Data;
using LamTrack.Pharmacokinetics.Dosing;
using LamTrack.Pharmacokinetics.Engine;
using LamTrack.Pharmacokinetics.Interactions;
using LamTrack.Pharmacokinetics.Models;
using LamTrack.Pharmacokinetics.Proposals;
using LamTrack.Pharmacokinetics.Tests.Fixtures;

namespace LamTrack.Pharmacokinetics.Tests.Engine;

public sealed class PkEngineTests
{
    private static readonly InteractionTable s_table = InteractionTable.ReadFile(ReferenceFiles.ModelPath("interactions"));

    private static PkRequest Request(string model, Dictionary<string, double> covariates, params CoMedicationPeriod[] comedication) => new(
        ModelFileReader.ReadFile(ReferenceFiles.ModelPath(model)),
        new PkTreatment(DosingHistory.Regular(Dose.FromMilligrams(2), 24, 30), covariates,
            [Observation.Measured(168, 4.1), Observation.Measured(336, 5.3)], comedication),
        s_table,
        new PkWanted(true, [24.0 * 29], new ProposalWish(TargetWindow.Label, 24 * 30, 2), Samples: 100));

    [Fact]
    public void Run_JiaoForLamPatient_ComputesAndListsOffPopulationAndAssumptions()
    {
        PkResponse r = PkEngine.Run(Request("jiao-2009", new() { ["AGE"] = 35, ["WT"] = 55 }));

        Assert.NotNull(r.Estimate);
        Assert.NotNull(r.Proposals);
        Assert.Single(r.Forecast);
        Assert.Contains(r.Caveats, c => c.Contains("Off-population", StringComparison.Ordinal));
        Assert.Contains(r.Caveats, c => c.Contains("cyclosporine", StringComparison.Ordinal));
    }

    [Fact]
    public void Run_OutsideValidityDomain_ReturnsNotApplicableAndComputesNothing()
    {
        PkResponse r = PkEngine.Run(Request("jiao-2009", new() { ["AGE"] = 80 }));

        Assert.False(r.Applicability.IsApplicable);
        Assert.Null(r.Estimate);
        Assert.Empty(r.Forecast);
        Assert.NotEmpty(r.Applicability.Reasons);
    }

    [Fact]
    public void Run_UnknownCoMedication_IsACaveat()
    {
        PkResponse r = PkEngine.Run(Request("reference-1cmt", [], new CoMedicationPeriod("isoniazid", 100, null)));

        Assert.Contains(r.Caveats, c => c.Contains("isoniazid", StringComparison.Ordinal) && c.Contains("UNKNOWN", StringComparison.Ordinal));
    }
}
