using LamTrack.Domain.Events;
using LamTrack.Guidance.Findings;

namespace LamTrack.Guidance.Tests.Rules.Trough;

public sealed class HighTroughRuleTests
{
    private const string Id = "LAM-TRO-003";

    [Theory]
    [InlineData(15.01, true)] // just above the label's 15 ng/mL
    [InlineData(15.0, false)] // at the bound: within
    public void Evaluate_AroundUpperBound_FlagsAbove15(double level, bool flagged)
    {
        var p = new PatientBuilder().Diagnosed().Sirolimus("2019-01-01").Trough("2019-01-15", (decimal)level).Build();
        Assert.Equal(flagged, Evaluate.Rule(Id, p, "2019-01-20").Findings.Count == 1);
    }

    [Fact]
    public void Evaluate_AboveLimitWithArthralgiaAfterInducerStopped_NamesBoth()
    {
        var p = new PatientBuilder().Diagnosed().Sirolimus("2019-01-01").CoMedication("2019-01-01", "anti-tuberculosis therapy", stop: "2019-12-15")
            .TroughAbove("2020-01-15", 15m).Adverse("2020-01-15", AdverseEventCategory.Arthralgia, "swollen, painful ankles and fingers").Build();
        Finding f = Evaluate.Single(Id, p, "2020-01-16");
        Assert.Equal(Severity.Warning, f.Severity);
        Assert.Contains("with swollen, painful ankles and fingers", f.Message, StringComparison.Ordinal);
        Assert.Contains("inducer stopped", f.Rationale, StringComparison.Ordinal);
    }

    [Fact]
    public void Evaluate_NoTrough_NotApplicable() =>
        Assert.Contains("no trough", Evaluate.NotApplicable(Id, new PatientBuilder().Diagnosed().Sirolimus("2019-01-01").Build(), "2019-01-20"), StringComparison.Ordinal);
}
