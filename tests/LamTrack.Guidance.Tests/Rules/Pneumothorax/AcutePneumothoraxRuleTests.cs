using LamTrack.Domain.Events;
using LamTrack.Guidance.Findings;

namespace LamTrack.Guidance.Tests.Rules.Pneumothorax;

public sealed class AcutePneumothoraxRuleTests
{
    private const string Id = "LAM-PTX-001";

    [Fact]
    public void Evaluate_UnmanagedPneumothorax_IsCritical()
    {
        var f = Evaluate.Single(Id, new PatientBuilder().Diagnosed().Pneumothorax("2019-03-01", compressionPercent: 60).Build(), "2019-03-01");
        Assert.Equal(Severity.Critical, f.Severity);
        Assert.Contains("oxygen", f.Action, StringComparison.Ordinal);
        Assert.Contains("60 % compression", f.Rationale, StringComparison.Ordinal);
    }

    [Fact]
    public void Evaluate_DrainedPneumothorax_IsAWarning()
    {
        var b = new PatientBuilder().Diagnosed().Pneumothorax("2019-03-01");
        var p = b.Intervention("2019-03-01", InterventionKind.ChestTubeDrainage, episode: "ptx-2").Build();
        Assert.Equal(Severity.Warning, Evaluate.Single(Id, p, "2019-03-02").Severity);
    }

    [Theory]
    [InlineData("2019-03-31", 1)] // day 30 without a recorded resolution: still open
    [InlineData("2019-04-01", 0)] // day 31: assumed resolved
    public void Evaluate_NoRecordedResolution_OpenForAssumedDays(string asOf, int findings) =>
        Assert.Equal(findings, Evaluate.Rule(Id, new PatientBuilder().Diagnosed().Pneumothorax("2019-03-01").Build(), asOf).Findings.Count);

    [Fact]
    public void Evaluate_Resolved_NoFinding() =>
        Evaluate.Nothing(Id, new PatientBuilder().Diagnosed().Pneumothorax("2019-03-01", "2019-03-05").Build(), "2019-03-05");

    [Fact]
    public void Evaluate_Man_NotApplicable() =>
        Assert.Contains("patient sex is Male", Evaluate.NotApplicable(Id, new PatientBuilder { Sex = LamTrack.Domain.Patients.Sex.Male }.Pneumothorax("2019-03-01").Build(), "2019-03-01"), StringComparison.Ordinal);
}
