using LamTrack.Guidance.Findings;

namespace LamTrack.Guidance.Tests.Rules.Timing;

public sealed class StartWhenResolvedRuleTests
{
    private const string Id = "LAM-TIM-002";

    [Fact]
    public void Evaluate_RecurrentAndResolved_StartNow()
    {
        var p = new PatientBuilder().Diagnosed().Pneumothorax("2019-02-01", "2019-02-10").Pneumothorax("2019-05-01", "2019-05-10").Build();
        Finding f = Evaluate.Single(Id, p, "2019-05-10");
        Assert.Equal(Severity.Consider, f.Severity);
        Assert.Contains("can be started now", f.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Evaluate_DayBeforeResolution_NoFindingYet() =>
        Evaluate.Nothing(Id, new PatientBuilder().Diagnosed().Pneumothorax("2019-02-01", "2019-02-10").Pneumothorax("2019-05-01", "2019-05-10").Build(), "2019-05-09");

    [Fact]
    public void Evaluate_AlreadyOnSirolimus_NoFinding() =>
        Evaluate.Nothing(Id, new PatientBuilder().Diagnosed().Pneumothorax("2019-02-01", "2019-02-10").Pneumothorax("2019-05-01", "2019-05-10").Sirolimus("2019-05-12").Build(), "2019-05-20");

    [Fact]
    public void Evaluate_WithoutDiagnosis_NotApplicable() =>
        Assert.Contains("no LAM diagnosis", Evaluate.NotApplicable(Id, new PatientBuilder().Pneumothorax("2019-02-01", "2019-02-10").Build(), "2019-05-20"), StringComparison.Ordinal);
}
