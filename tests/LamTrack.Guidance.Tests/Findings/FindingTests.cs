using LamTrack.Guidance.Catalogue;
using LamTrack.Guidance.Findings;
using NodaTime;

namespace LamTrack.Guidance.Tests.Findings;

public sealed class FindingTests
{
    [Fact]
    public void Rationale_WithDataPoints_NamesEachWithItsDate()
    {
        var finding = new Finding(RuleId.Parse("LAM-TRO-002"), 1, Severity.Warning, "Very low trough.",
            [new DataPoint("sirolimus trough", "0.01 ng/mL", new LocalDate(2016, 5, 1)), new DataPoint("sirolimus dose", "1 mg/day", new LocalDate(2016, 1, 1))],
            "Below 1 ng/mL.", "Check adherence.", TestCitations.Any, []);
        Assert.Equal("Below 1 ng/mL. Data: sirolimus trough 0.01 ng/mL on 2016-05-01; sirolimus dose 1 mg/day on 2016-01-01.", finding.Rationale);
    }

    [Fact]
    public void Rationale_WithoutDataPoints_IsTheReasoning()
    {
        var finding = new Finding(RuleId.Parse("LAM-TRO-002"), 1, Severity.Info, "m", [], "r.", "a", TestCitations.Any, []);
        Assert.Equal("r.", finding.Rationale);
    }

    [Fact]
    public void Severity_Order_IsInfoConsiderWarningCritical() =>
        Assert.True(Severity.Info < Severity.Consider && Severity.Consider < Severity.Warning && Severity.Warning < Severity.Critical);
}
