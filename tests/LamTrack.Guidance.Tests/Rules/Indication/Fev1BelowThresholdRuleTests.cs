using LamTrack.Guidance.Findings;

namespace LamTrack.Guidance.Tests.Rules.Indication;

public sealed class Fev1BelowThresholdRuleTests
{
    private const string Id = "LAM-IND-001";

    [Theory]
    [InlineData(69.9, true)] // just below 70 %: abnormal
    [InlineData(70.0, false)] // at 70 %: not below (case 2's follow-up value)
    [InlineData(85.0, false)] // normal
    public void Evaluate_Fev1AroundThreshold_IndicatesBelow70(double percent, bool indicated)
    {
        var p = new PatientBuilder().Diagnosed().Fev1("2019-03-01", 2.0m, percent).Build();
        if (indicated)
        {
            Finding f = Evaluate.Single(Id, p, "2019-03-02");
            Assert.Equal(Severity.Warning, f.Severity);
            Assert.Contains(f.Caveats, c => c.Contains("secondary source", StringComparison.Ordinal));
        }
        else
        {
            Evaluate.Nothing(Id, p, "2019-03-02");
        }
    }

    [Fact]
    public void Evaluate_OnSirolimus_IsInformation()
    {
        var p = new PatientBuilder().Diagnosed().Sirolimus("2019-02-01").Fev1("2019-03-01", 1.85m, 66.3).Build();
        Assert.Equal(Severity.Info, Evaluate.Single(Id, p, "2019-03-02").Severity);
    }

    [Fact]
    public void Evaluate_NoFev1_NotApplicable() =>
        Assert.Contains("no FEV1 % predicted", Evaluate.NotApplicable(Id, new PatientBuilder().Diagnosed().Build(), "2019-03-02"), StringComparison.Ordinal);
}
