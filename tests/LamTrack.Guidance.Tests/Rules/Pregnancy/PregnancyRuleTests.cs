using LamTrack.Guidance.Findings;

namespace LamTrack.Guidance.Tests.Rules.Pregnancy;

public sealed class PregnancyRuleTests
{
    private const string Id = "LAM-PRG-003";

    [Fact]
    public void Evaluate_PregnantWithPneumothorax_IsCriticalEvenBeforeDiagnosis()
    {
        var p = new PatientBuilder().Pregnancy("2019-01-01", end: "2019-09-01").Pneumothorax("2019-05-01").Build();
        Finding f = Evaluate.Single(Id, p, "2019-05-02");
        Assert.Equal(Severity.Critical, f.Severity);
        Assert.Contains("pneumothorax trigger", f.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Evaluate_PregnantOnSirolimus_SaysStop()
    {
        var p = new PatientBuilder().Diagnosed().Sirolimus("2019-01-01").Pregnancy("2019-02-01", end: "2019-10-01").Build();
        Assert.Contains("Stop sirolimus", Evaluate.Single(Id, p, "2019-03-01").Action, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("2019-08-31", 1)] // the day before delivery
    [InlineData("2019-09-01", 0)] // delivered
    public void Evaluate_AroundDelivery_EndsOnTheDay(string asOf, int findings) =>
        Assert.Equal(findings, Evaluate.Rule(Id, new PatientBuilder().Pregnancy("2019-01-01", end: "2019-09-01").Build(), asOf).Findings.Count);

    [Fact]
    public void Evaluate_NoEndRecorded_AsksToConfirmAndIsNotCritical()
    {
        var p = new PatientBuilder().Diagnosed().Sirolimus("2019-01-01").Pregnancy("2019-02-01").Build();
        Finding f = Evaluate.Single(Id, p, "2019-03-01");
        Assert.Equal(Severity.Warning, f.Severity);
        Assert.Contains("has no recorded end", f.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Evaluate_Man_NotApplicable() =>
        Assert.Contains("patient sex is Male", Evaluate.NotApplicable(Id, new PatientBuilder { Sex = LamTrack.Domain.Patients.Sex.Male }.Pneumothorax("2019-01-01").Build(), "2019-02-01"), StringComparison.Ordinal);
}
