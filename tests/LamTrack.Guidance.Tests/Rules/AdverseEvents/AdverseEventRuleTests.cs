using LamTrack.Domain.Events;
using LamTrack.Guidance.Findings;

namespace LamTrack.Guidance.Tests.Rules.AdverseEvents;

public sealed class AdverseEventRuleTests
{
    [Theory]
    [InlineData("LAM-AE-001", AdverseEventCategory.Mucositis, Severity.Info)] // mild and common
    [InlineData("LAM-AE-002", AdverseEventCategory.MenstrualIrregularity, Severity.Info)] // cases 2 and 4
    [InlineData("LAM-AE-003", AdverseEventCategory.Hyperlipidaemia, Severity.Consider)] // label 5.7
    [InlineData("LAM-AE-004", AdverseEventCategory.Proteinuria, Severity.Warning)] // label 5.9
    [InlineData("LAM-AE-005", AdverseEventCategory.Pneumonitis, Severity.Critical)] // label 5.11
    [InlineData("LAM-AE-006", AdverseEventCategory.DelayedWoundHealing, Severity.Warning)] // label 5.6
    public void Evaluate_RecordedEventOnSirolimus_ReportsWithItsSeverity(string id, AdverseEventCategory category, Severity expected)
    {
        var p = new PatientBuilder().Diagnosed().Sirolimus("2019-01-01").Adverse("2019-03-01", category, "term", resolved: "2019-03-10").Build();
        Assert.Equal(expected, Evaluate.Single(id, p, "2019-03-02").Severity);
    }

    [Theory]
    [InlineData("2019-05-30", 1)] // day 90 after a resolved event: still in the window
    [InlineData("2019-05-31", 0)] // day 91: outside it
    public void Evaluate_ResolvedEvent_ReportedFor90Days(string asOf, int findings) =>
        Assert.Equal(findings, Evaluate.Rule("LAM-AE-001", new PatientBuilder().Diagnosed().Sirolimus("2019-01-01").Adverse("2019-03-01", AdverseEventCategory.Mucositis, "mouth ulcers", resolved: "2019-03-10").Build(), asOf).Findings.Count);

    [Fact]
    public void Evaluate_SevereMucositis_RaisedToWarning() =>
        Assert.Equal(Severity.Warning, Evaluate.Single("LAM-AE-001", new PatientBuilder().Diagnosed().Sirolimus("2019-01-01").Adverse("2019-03-01", AdverseEventCategory.Mucositis, "ulcers", "severe").Build(), "2019-03-02").Severity);

    [Fact]
    public void Evaluate_NoLipidResult_RemindsToCheck() =>
        Assert.Contains("No lipid result", Evaluate.Single("LAM-AE-003", new PatientBuilder().Diagnosed().Sirolimus("2019-01-01").Build(), "2019-03-02").Message, StringComparison.Ordinal);

    [Fact]
    public void Evaluate_RecentLipidResult_NoReminder() =>
        Evaluate.Nothing("LAM-AE-003", new PatientBuilder().Diagnosed().Sirolimus("2019-01-01").Lab("2019-03-01", LabAnalyte.TotalCholesterol, 2000, "mg/L").Build(), "2019-03-02");

    [Fact]
    public void Evaluate_NeverOnSirolimus_NotApplicable() =>
        Assert.Contains("not taking sirolimus", Evaluate.NotApplicable("LAM-AE-005", new PatientBuilder().Diagnosed().Adverse("2019-03-01", AdverseEventCategory.Pneumonitis, "pneumonitis").Build(), "2019-03-02"), StringComparison.Ordinal);
}
