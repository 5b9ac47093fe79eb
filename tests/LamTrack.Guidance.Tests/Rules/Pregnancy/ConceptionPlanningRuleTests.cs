using LamTrack.Guidance.Findings;

namespace LamTrack.Guidance.Tests.Rules.Pregnancy;

public sealed class ConceptionPlanningRuleTests
{
    private const string Id = "LAM-PRG-002";

    [Fact]
    public void Evaluate_StoppedToConceive_WarnsOfRelapse()
    {
        var p = new PatientBuilder().Diagnosed().Sirolimus("2018-01-01", stop: "2019-06-01", stopReason: "planning to conceive").Build();
        Finding f = Evaluate.Single(Id, p, "2019-06-02");
        Assert.Equal(Severity.Warning, f.Severity);
        Assert.Contains("relapse", f.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Evaluate_PlanningWhileOnSirolimus_DiscussStopping()
    {
        var p = new PatientBuilder().Diagnosed().Sirolimus("2018-01-01").Condition("2019-05-01", "planning pregnancy").Build();
        Finding f = Evaluate.Single(Id, p, "2019-05-02");
        Assert.Equal(Severity.Consider, f.Severity);
        Assert.Contains("12 weeks before conception", f.Action, StringComparison.Ordinal);
    }

    [Fact]
    public void Evaluate_StoppedForAnotherReason_NoFinding() =>
        Evaluate.Nothing(Id, new PatientBuilder().Diagnosed().Sirolimus("2018-01-01", stop: "2019-06-01", stopReason: "mucositis").Build(), "2019-06-02");

    [Fact]
    public void Evaluate_WithoutDiagnosis_NotApplicable() =>
        Assert.Contains("no LAM diagnosis", Evaluate.NotApplicable(Id, new PatientBuilder().Condition("2019-05-01", "planning pregnancy").Build(), "2019-05-02"), StringComparison.Ordinal);
}
