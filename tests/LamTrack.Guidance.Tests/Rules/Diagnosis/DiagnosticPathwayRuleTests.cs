using LamTrack.Domain.Events;
using LamTrack.Guidance.Findings;

namespace LamTrack.Guidance.Tests.Rules.Diagnosis;

public sealed class DiagnosticPathwayRuleTests
{
    private const string Id = "LAM-DX-001";

    [Fact]
    public void Evaluate_HrctPlusAngiomyolipoma_ClinicalDiagnosis()
    {
        var p = new PatientBuilder().Evidence("2019-01-01", EvidenceKind.Hrct).Evidence("2019-01-05", EvidenceKind.Angiomyolipoma).Build();
        Finding f = Evaluate.Single(Id, p, "2019-02-01");
        Assert.Equal(Severity.Info, f.Severity);
        Assert.Contains("confirmatory feature (Angiomyolipoma)", f.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(800, Severity.Info)] // at the threshold: diagnostic
    [InlineData(799, Severity.Consider)] // just below: biopsy next
    public void Evaluate_HrctAndVegfDAtThreshold_DiagnosticFrom800(int picograms, Severity expected)
    {
        var p = new PatientBuilder().Evidence("2019-01-01", EvidenceKind.Hrct).Lab("2019-01-10", LabAnalyte.VegfD, picograms, "pg/mL").Build();
        Finding f = Evaluate.Single(Id, p, "2019-02-01");
        Assert.Equal(expected, f.Severity);
        Assert.Contains(f.DataPoints, d => d.Name.StartsWith("serum VEGF-D", StringComparison.Ordinal));
    }

    [Fact]
    public void Evaluate_HrctAlone_AsksForVegfDBeforeBiopsy()
    {
        var p = new PatientBuilder().Evidence("2019-01-01", EvidenceKind.Hrct).Build();
        Finding f = Evaluate.Single(Id, p, "2019-02-01");
        Assert.Equal(Severity.Consider, f.Severity);
        Assert.Contains("Measure serum VEGF-D before considering a lung biopsy", f.Action, StringComparison.Ordinal);
    }

    [Fact]
    public void Evaluate_NoCharacteristicHrct_NotApplicable() =>
        Assert.Contains("no HRCT with cysts characteristic of LAM", Evaluate.NotApplicable(Id, new PatientBuilder().Evidence("2019-01-01", EvidenceKind.Hrct, supportsLam: null).Build(), "2019-02-01"), StringComparison.Ordinal);
}
