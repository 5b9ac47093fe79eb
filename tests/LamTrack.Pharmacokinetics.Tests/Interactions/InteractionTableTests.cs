using LamTrack.Measures.Quantities;
using LamTrack.Pharmacokinetics.Dosing;
using LamTrack.Pharmacokinetics.Interactions;
using LamTrack.Pharmacokinetics.Models;
using LamTrack.Pharmacokinetics.Solver;
using LamTrack.Pharmacokinetics.Tests.Fixtures;
using LamTrack.Testing;

namespace LamTrack.Pharmacokinetics.Tests.Interactions;

public sealed class InteractionTableTests
{
    private static InteractionTable Table() => InteractionTable.ReadFile(ReferenceFiles.ModelPath("interactions"));

    [Theory]
    [InlineData("rifampicin")] // inducer named in the issue
    [InlineData("Rifampin")] // US spelling, any case
    [InlineData("rifabutin")] // inducer
    [InlineData("rifapentine")] // inducer
    [InlineData("carbamazepine")] // inducer
    [InlineData("phenytoin")] // inducer
    [InlineData("phenobarbital")] // inducer
    [InlineData("St John's wort")] // herbal inducer
    [InlineData("ketoconazole")] // inhibitor
    [InlineData("itraconazole")] // inhibitor
    [InlineData("voriconazole")] // inhibitor
    [InlineData("posaconazole")] // inhibitor
    [InlineData("clarithromycin")] // inhibitor
    [InlineData("erythromycin")] // inhibitor
    [InlineData("diltiazem")] // inhibitor
    [InlineData("verapamil")] // inhibitor
    [InlineData("ciclosporin")] // inhibitor, alias
    [InlineData("grapefruit juice")] // dietary inhibitor, alias
    public void Find_PerpetratorOfTheIssue_IsInTheTableWithCitationAndTags(string drug)
    {
        Perpetrator? p = Table().Find(drug);

        Assert.NotNull(p);
        Assert.False(string.IsNullOrWhiteSpace(p.FoldBasis));
        Assert.StartsWith("[", p.FoldVerification, StringComparison.Ordinal);
        Assert.Equal(p.Kind == PerpetratorKind.Inducer, p.ClearanceFold > 1);
    }

    [Fact]
    public void Find_Rifampicin_UsesThePrimarySourceFold()
    {
        Perpetrator p = Table().Find("rifampicin")!;

        Tolerance.AssertClose(5.0, p.ClearanceFold, relative: 0);
        Assert.Equal("[P]", p.FoldVerification);
    }

    [Fact]
    public void Resolve_UnknownDrug_IsReportedUnknownNotSilentlyIgnored()
    {
        InteractionResolution r = Table().Resolve([new CoMedicationPeriod("isoniazid", 0, null)], 1000);

        InteractionNote note = Assert.Single(r.Notes);
        Assert.True(note.IsUnknown);
        Assert.Contains("UNKNOWN", note.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Resolve_UnverifiedFold_IsFlagged()
    {
        InteractionResolution r = Table().Resolve([new CoMedicationPeriod("carbamazepine", 0, 100)], 1000);

        Assert.True(r.Notes[0].IsUnverified);
        Assert.Contains("UNVERIFIED", r.Notes[0].Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Resolve_RifampicinStartedThenStopped_ForecastsFallThenRise()
    {
        IndividualParameters p = IndividualParameters.OneCompartment(10, 300, 1);
        var doses = DosingHistory.Regular(Dose.FromMilligrams(2), 24, 120);
        InteractionResolution r = Table().Resolve([new CoMedicationPeriod("rifampicin", 30 * 24, 60 * 24)], 120 * 24);
        double[] days = [30, 40, 60, 70, 100];
        var c = new double[days.Length];

        ConcentrationSolver.Predict(p, doses, r.Clearance, [.. days.Select(d => d * 24)], c);

        Assert.True(c[1] < 0.5 * c[0], $"day 40 {c[1]} should be well below day 30 {c[0]} on rifampicin");
        Assert.True(c[2] < c[1], "the fall continues while induction builds");
        Assert.True(c[3] > c[2] && c[4] > c[3], "levels rise over the weeks after rifampicin stops");
        Tolerance.AssertClose(c[0], c[4], relative: 0.05);
    }

    [Fact]
    public void Resolve_ImmediateOnsetEntry_GivesExactStep()
    {
        var table = InteractionTable.Parse("""
            { "perpetrators": [ { "name": "x", "kind": "inhibitor", "clearanceFold": 0.5, "foldVerification": "[P]", "foldBasis": "b",
              "onsetTimeConstantHours": 0, "offsetTimeConstantHours": 0, "timeVerification": "[P]", "timeBasis": "b" } ] }
            """, "inline");

        InteractionResolution r = table.Resolve([new CoMedicationPeriod("x", 100, 200)], 500);

        Assert.Equal(0.5, r.Clearance.MultiplierAt(150));
        Assert.Equal(1.0, r.Clearance.MultiplierAt(250));
    }

    [Fact]
    public void Parse_EntryWithNegativeFold_ThrowsNamingTheEntry()
    {
        const string Json = """
            { "perpetrators": [ { "name": "x", "kind": "inducer", "clearanceFold": -2, "foldVerification": "[P]", "foldBasis": "b",
              "onsetTimeConstantHours": 1, "offsetTimeConstantHours": 1, "timeVerification": "[P]", "timeBasis": "b" } ] }
            """;

        var e = Assert.Throws<ModelFileException>(() => InteractionTable.Parse(Json, "table.json"));

        Assert.Contains("perpetrators[0]", e.Message, StringComparison.Ordinal);
    }
}
