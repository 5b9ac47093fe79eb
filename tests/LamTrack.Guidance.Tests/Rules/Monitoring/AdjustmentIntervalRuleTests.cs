using LamTrack.Guidance.Findings;

namespace LamTrack.Guidance.Tests.Rules.Monitoring;

public sealed class AdjustmentIntervalRuleTests
{
    private const string Id = "LAM-MON-002";

    [Theory]
    [InlineData("2019-03-07", true)] // 6 days after the previous change: too soon
    [InlineData("2019-03-08", false)] // 7 days: the minimum interval
    public void Evaluate_SecondChangeAroundSevenDays_WarnsWhenTooSoon(string secondChange, bool warns)
    {
        var p = new PatientBuilder().Diagnosed().Sirolimus("2019-01-01", 2, null, null, ("2019-03-01", 3), (secondChange, 4)).Build();
        var outcome = Evaluate.Rule(Id, p, "2019-06-01");
        Assert.Equal(warns, outcome.Findings.Any(f => f.Severity == Severity.Warning));
    }

    [Fact]
    public void Evaluate_RecentChange_SaysWhenTheNextMayBe()
    {
        var p = new PatientBuilder().Diagnosed().Sirolimus("2019-01-01", 2, null, null, ("2019-03-01", 3)).Build();
        Assert.Contains("no further adjustment before 2019-03-08", Evaluate.Single(Id, p, "2019-03-03").Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Evaluate_StableDose_NoFinding() =>
        Evaluate.Nothing(Id, new PatientBuilder().Diagnosed().Sirolimus("2019-01-01").Build(), "2019-03-03");

    [Fact]
    public void Evaluate_NotOnSirolimus_NotApplicable() =>
        Assert.Contains("not taking sirolimus", Evaluate.NotApplicable(Id, new PatientBuilder().Diagnosed().Build(), "2019-06-01"), StringComparison.Ordinal);
}
