using LamTrack.Guidance.Findings;

namespace LamTrack.Guidance.Tests.Rules.Surgery;

public sealed class TransplantListingRuleTests
{
    private const string Id = "LAM-SUR-002";

    [Fact]
    public void Evaluate_ListedOnSirolimus_IsCritical()
    {
        var p = new PatientBuilder().Diagnosed().Sirolimus("2019-01-01").Condition("2019-06-01", "listed for lung transplantation").Build();
        Finding f = Evaluate.Single(Id, p, "2019-06-02");
        Assert.Equal(Severity.Critical, f.Severity);
        Assert.Contains("Stop sirolimus now", f.Action, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("2019-05-03", 1)] // stopped 29 days before listing: less than a month
    [InlineData("2019-05-02", 0)] // stopped 30 days before: enough
    public void Evaluate_StoppedBeforeListing_NotesLessThanAMonth(string stop, int findings) =>
        Assert.Equal(findings, Evaluate.Rule(Id, new PatientBuilder().Diagnosed().Sirolimus("2019-01-01", stop: stop).Condition("2019-06-01", "lung transplant waiting list").Build(), "2019-06-02").Findings.Count);

    [Fact]
    public void Evaluate_NoListing_NoFinding() =>
        Evaluate.Nothing(Id, new PatientBuilder().Diagnosed().Sirolimus("2019-01-01").Build(), "2019-06-02");

    [Fact]
    public void Evaluate_WithoutDiagnosis_NotApplicable() =>
        Assert.Contains("no LAM diagnosis", Evaluate.NotApplicable(Id, new PatientBuilder().Sirolimus("2019-01-01").Build(), "2019-06-02"), StringComparison.Ordinal);
}
