namespace LamTrack.Guidance.Tests.Rules.Monitoring;

public sealed class StableMonitoringRuleTests
{
    private const string Id = "LAM-MON-003";

    private static LamTrack.Domain.Patients.Patient Stable() => new PatientBuilder().Diagnosed().Sirolimus("2019-01-01").Trough("2019-01-15", 6m).Build();

    [Fact]
    public void Evaluate_ThreeMonthsAfterLastTrough_NotYetOverdue() => Evaluate.Nothing(Id, Stable(), "2019-04-15");

    [Fact]
    public void Evaluate_DayAfterThreeMonths_Overdue() =>
        Assert.Contains("due by 2019-04-15", Evaluate.Single(Id, Stable(), "2019-04-16").Message, StringComparison.Ordinal);

    [Fact]
    public void Evaluate_NoTroughSinceStart_NotApplicableUntilStable() =>
        Assert.Contains("not yet stable", Evaluate.NotApplicable(Id, new PatientBuilder().Diagnosed().Sirolimus("2019-01-01").Build(), "2019-06-01"), StringComparison.Ordinal);

    [Fact]
    public void Evaluate_NotOnSirolimus_NotApplicable() =>
        Assert.Contains("not taking sirolimus", Evaluate.NotApplicable(Id, new PatientBuilder().Diagnosed().Build(), "2019-06-01"), StringComparison.Ordinal);
}
