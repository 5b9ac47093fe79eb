using LamTrack.Domain.Events;
using LamTrack.Guidance.Findings;

namespace LamTrack.Guidance.Tests.Rules.Surgery;

public sealed class PerioperativeHoldRuleTests
{
    private const string Id = "LAM-SUR-001";

    [Fact]
    public void Evaluate_SurgeryOnSirolimus_HoldUntilHealed()
    {
        var p = new PatientBuilder().Diagnosed().Sirolimus("2019-01-01").Intervention("2019-05-01", InterventionKind.OtherSurgery).Build();
        Finding f = Evaluate.Single(Id, p, "2019-05-02");
        Assert.Equal(Severity.Warning, f.Severity);
        Assert.Contains("Hold sirolimus until the wound has healed", f.Action, StringComparison.Ordinal);
        Assert.Contains(f.Caveats, c => c.Contains("surgeryHoldDays", StringComparison.Ordinal) && c.Contains("UNVERIFIED", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("2019-05-10", 1)] // before the recorded healing date
    [InlineData("2019-05-11", 0)] // healed
    public void Evaluate_RecordedHealing_EndsTheFinding(string asOf, int findings) =>
        Assert.Equal(findings, Evaluate.Rule(Id, new PatientBuilder().Diagnosed().Sirolimus("2019-01-01").Intervention("2019-05-01", InterventionKind.Bullectomy, end: "2019-05-11").Build(), asOf).Findings.Count);

    [Fact]
    public void Evaluate_ChestDrainOnly_NoFinding() =>
        Evaluate.Nothing(Id, new PatientBuilder().Diagnosed().Sirolimus("2019-01-01").Intervention("2019-05-01", InterventionKind.ChestTubeDrainage).Build(), "2019-05-02");

    [Fact]
    public void Evaluate_NotOnSirolimus_NotApplicable() =>
        Assert.Contains("not taking sirolimus", Evaluate.NotApplicable(Id, new PatientBuilder().Diagnosed().Intervention("2019-05-01", InterventionKind.OtherSurgery).Build(), "2019-05-02"), StringComparison.Ordinal);
}
