namespace LamTrack.Guidance.Tests.Rules.Pregnancy;

public sealed class ContraceptionRuleTests
{
    private const string Id = "LAM-PRG-001";

    [Fact]
    public void Evaluate_OnSirolimus_RemindsAboutContraception() =>
        Assert.Contains("12 weeks after the last dose", Evaluate.Single(Id, new PatientBuilder().Diagnosed().Sirolimus("2019-01-01").Build(), "2019-02-01").Message, StringComparison.Ordinal);

    [Theory]
    [InlineData("2019-03-26", 1)] // exactly 12 weeks after the stop
    [InlineData("2019-03-27", 0)] // the day after
    public void Evaluate_AfterStopping_ContinuesForTwelveWeeks(string asOf, int findings) =>
        Assert.Equal(findings, Evaluate.Rule(Id, new PatientBuilder().Diagnosed().Sirolimus("2018-01-01", stop: "2019-01-01").Build(), asOf).Findings.Count);

    [Fact]
    public void Evaluate_Aged56_OutsideDomain() =>
        Assert.Contains("outside 18-55 years", Evaluate.NotApplicable(Id, new PatientBuilder { AgeYears = 56 }.Diagnosed("2020-01-01").Sirolimus("2020-01-01").Build(), "2020-01-02"), StringComparison.Ordinal);

    [Fact]
    public void Evaluate_Pregnant_NotApplicable() =>
        Assert.Contains("pregnant", Evaluate.NotApplicable(Id, new PatientBuilder().Diagnosed().Pregnancy("2019-01-01").Build(), "2019-02-01"), StringComparison.Ordinal);
}
