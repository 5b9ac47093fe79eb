using LamTrack.Domain.Events;

namespace LamTrack.Guidance.Tests.Rules.Diagnosis;

public sealed class CysticDifferentialRuleTests
{
    private const string Id = "LAM-DX-002";

    [Fact]
    public void Evaluate_CystsWithoutDiagnosis_ListsTheDifferential()
    {
        var f = Evaluate.Single(Id, new PatientBuilder().Evidence("2019-01-01", EvidenceKind.Hrct).Build(), "2019-01-02");
        foreach (string disease in new[] { "Birt-Hogg-Dube", "Langerhans", "lymphoid interstitial pneumonia", "Sjogren", "amyloidosis" })
        {
            Assert.Contains(disease, f.Action, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Evaluate_DiagnosisEstablished_NotApplicable() =>
        Assert.Contains("already established", Evaluate.NotApplicable(Id, new PatientBuilder().Evidence("2019-01-01", EvidenceKind.Hrct).Diagnosed("2019-01-01").Build(), "2019-01-02"), StringComparison.Ordinal);

    [Fact]
    public void Evaluate_NoHrct_NotApplicable() =>
        Assert.Contains("no HRCT", Evaluate.NotApplicable(Id, new PatientBuilder().Pneumothorax("2019-01-01").Build(), "2019-01-02"), StringComparison.Ordinal);
}
