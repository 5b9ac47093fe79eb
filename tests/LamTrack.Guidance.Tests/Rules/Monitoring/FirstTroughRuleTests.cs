using LamTrack.Guidance.Findings;

namespace LamTrack.Guidance.Tests.Rules.Monitoring;

public sealed class FirstTroughRuleTests
{
    private const string Id = "LAM-MON-001";

    private static LamTrack.Domain.Patients.Patient Started() => new PatientBuilder().Diagnosed().Sirolimus("2019-03-01").Build();

    [Theory]
    [InlineData("2019-03-10", Severity.Info)] // day 9: not yet due
    [InlineData("2019-03-11", Severity.Consider)] // day 10: due
    [InlineData("2019-03-21", Severity.Consider)] // day 20: last day of the window
    [InlineData("2019-03-22", Severity.Warning)] // day 21: overdue
    public void Evaluate_NoTroughYet_DueFromDay10OverdueAfterDay20(string asOf, Severity expected) =>
        Assert.Equal(expected, Evaluate.Single(Id, Started(), asOf).Severity);

    [Fact]
    public void Evaluate_TroughInWindow_NoFinding() =>
        Evaluate.Nothing(Id, new PatientBuilder().Diagnosed().Sirolimus("2019-03-01").Trough("2019-03-15", 6m).Build(), "2019-04-01");

    [Fact]
    public void Evaluate_TroughBeforeDay10_FlagsItAsEarly() =>
        Assert.Contains("drawn on day 5", Evaluate.Single(Id, new PatientBuilder().Diagnosed().Sirolimus("2019-03-01").Trough("2019-03-06", 3m).Build(), "2019-03-07").Message, StringComparison.Ordinal);

    [Fact]
    public void Evaluate_AfterDoseChange_CountsFromTheChange()
    {
        var p = new PatientBuilder().Diagnosed().Sirolimus("2019-01-01", 2, null, null, ("2019-03-01", 3)).Trough("2019-01-15", 4m).Build();
        Finding f = Evaluate.Single(Id, p, "2019-03-25");
        Assert.Contains("after the dose change is overdue", f.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Evaluate_OnlyASummaryRange_SaysDatesAreMissing() =>
        Assert.Contains("only as a range", Evaluate.Single(Id, new PatientBuilder().Diagnosed().Sirolimus("2019-03-01").TroughSummary("2019-03-01", "2020-01-01", 5, 7).Build(), "2019-06-01").Message, StringComparison.Ordinal);

    [Fact]
    public void Evaluate_NotOnSirolimus_NotApplicable() =>
        Assert.Contains("not taking sirolimus", Evaluate.NotApplicable(Id, new PatientBuilder().Diagnosed().Build(), "2019-06-01"), StringComparison.Ordinal);
}
