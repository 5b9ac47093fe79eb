using LamTrack.Guidance.Catalogue;
using LamTrack.Guidance.Findings;

namespace LamTrack.Guidance.Tests.Findings;

public sealed class RuleOutcomeTests
{
    private static readonly RuleId s_id = RuleId.Parse("LAM-MON-001");

    [Fact]
    public void NotApplicable_WithReason_CarriesIt()
    {
        RuleOutcome outcome = RuleOutcome.NotApplicable(s_id, "not on sirolimus");
        Assert.False(outcome.IsApplicable);
        Assert.Empty(outcome.Findings);
        Assert.Equal("LAM-MON-001: not applicable (not on sirolimus)", outcome.ToString());
    }

    [Fact]
    public void NotApplicable_EmptyReason_Throws() =>
        Assert.Throws<ArgumentException>(() => RuleOutcome.NotApplicable(s_id, " "));

    [Fact]
    public void Applicable_NoFindings_IsApplicableAndEmpty()
    {
        RuleOutcome outcome = RuleOutcome.Applicable(s_id);
        Assert.True(outcome.IsApplicable);
        Assert.Empty(outcome.Findings);
    }
}
