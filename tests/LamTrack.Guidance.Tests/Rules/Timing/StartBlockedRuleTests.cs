using LamTrack.Domain.Events;
using LamTrack.Guidance.Findings;

namespace LamTrack.Guidance.Tests.Rules.Timing;

public sealed class StartBlockedRuleTests
{
    private const string Id = "LAM-TIM-001";

    [Fact]
    public void Evaluate_UnresolvedPneumothoraxOffSirolimus_SaysDoNotStartYet()
    {
        var p = new PatientBuilder().Diagnosed().Pneumothorax("2019-03-01", resolved: "2019-03-20").Build();
        Finding f = Evaluate.Single(Id, p, "2019-03-10");
        Assert.StartsWith("Do not start sirolimus yet: a pneumothorax is unresolved", f.Message, StringComparison.Ordinal);
        Assert.Contains("cannot achieve the remission of an existing one", f.Reasoning, StringComparison.Ordinal);
    }

    [Fact]
    public void Evaluate_UnhealedWound_SaysDoNotStartYet()
    {
        var p = new PatientBuilder().Diagnosed().Intervention("2019-03-01", InterventionKind.Bullectomy).Build();
        Assert.Contains("a surgical wound has not healed", Evaluate.Single(Id, p, "2019-03-10").Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("2019-03-29", true)] // day 28 after surgery: still counted as healing
    [InlineData("2019-03-30", false)] // day 29: counted as healed
    public void Evaluate_WoundWithoutEndDate_HealsAfterAssumedDays(string asOf, bool blocked)
    {
        var p = new PatientBuilder().Diagnosed().Intervention("2019-03-01", InterventionKind.OtherSurgery).Build();
        Assert.Equal(blocked, Evaluate.Rule(Id, p, asOf).Findings.Count == 1);
    }

    [Fact]
    public void Evaluate_StartedDuringPneumothorax_Warns()
    {
        var p = new PatientBuilder().Diagnosed().Pneumothorax("2019-03-01", resolved: "2019-03-20").Sirolimus("2019-03-05").Build();
        Finding f = Evaluate.Single(Id, p, "2019-03-25");
        Assert.Equal(Severity.Warning, f.Severity);
        Assert.StartsWith("Sirolimus was started while a pneumothorax is unresolved", f.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Evaluate_PneumothoraxOnSirolimus_SaysItDoesNotTreatIt()
    {
        var p = new PatientBuilder().Diagnosed().Sirolimus("2019-01-05").Pneumothorax("2019-06-01").Build();
        Assert.Contains("does not treat the existing pneumothorax", Evaluate.Single(Id, p, "2019-06-02").Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Evaluate_AllResolved_NoFinding() =>
        Evaluate.Nothing(Id, new PatientBuilder().Diagnosed().Pneumothorax("2019-03-01", resolved: "2019-03-20").Build(), "2019-03-21");
}
