using LamTrack.Guidance.Findings;

namespace LamTrack.Guidance.Tests.Rules.Trough;

public sealed class VeryLowTroughRuleTests
{
    private const string Id = "LAM-TRO-002";

    [Theory]
    [InlineData(0.99, true)] // just below 1 ng/mL
    [InlineData(1.0, false)] // at the threshold: not very low
    public void Evaluate_AroundThreshold_FlagsBelowOne(double level, bool flagged)
    {
        var p = new PatientBuilder().Diagnosed().Sirolimus("2019-01-01").Trough("2019-01-15", (decimal)level).Build();
        Assert.Equal(flagged, Evaluate.Rule(Id, p, "2019-01-20").Findings.Count == 1);
    }

    [Fact]
    public void Evaluate_Undetectable_WarnsWithUnverifiedThresholdCaveat()
    {
        var p = new PatientBuilder().Diagnosed().Sirolimus("2019-01-01").TroughUndetectable("2019-01-15").Build();
        Finding f = Evaluate.Single(Id, p, "2019-01-20");
        Assert.Equal(Severity.Warning, f.Severity);
        Assert.Contains(f.Caveats, c => c.Contains("UNVERIFIED", StringComparison.Ordinal));
    }

    [Fact]
    public void Evaluate_VeryLowWithPneumothoraxAndInducer_IsCriticalAndNamesBoth()
    {
        var p = new PatientBuilder().Diagnosed().Sirolimus("2019-01-01").CoMedication("2019-02-01", "rifampicin").Pneumothorax("2019-06-01").Trough("2019-06-01", 0.01m).Build();
        Finding f = Evaluate.Single(Id, p, "2019-06-02");
        Assert.Equal(Severity.Critical, f.Severity);
        Assert.Contains("ongoing inducer", f.Rationale, StringComparison.Ordinal);
        Assert.Contains("pneumothorax, unresolved", f.Rationale, StringComparison.Ordinal);
    }

    [Fact]
    public void Evaluate_NotOnSirolimus_NotApplicable() =>
        Assert.Contains("not taking sirolimus", Evaluate.NotApplicable(Id, new PatientBuilder().Diagnosed().Trough("2019-01-15", 0.01m).Build(), "2019-01-20"), StringComparison.Ordinal);
}
