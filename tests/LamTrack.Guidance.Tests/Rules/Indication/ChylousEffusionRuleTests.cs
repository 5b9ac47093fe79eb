using LamTrack.Domain.Events;
using LamTrack.Guidance.Findings;

namespace LamTrack.Guidance.Tests.Rules.Indication;

public sealed class ChylousEffusionRuleTests
{
    private const string Id = "LAM-IND-003";

    [Fact]
    public void Evaluate_ChylousEffusionOffSirolimus_SuggestsSirolimus()
    {
        var f = Evaluate.Single(Id, new PatientBuilder().Diagnosed().Evidence("2019-02-01", EvidenceKind.ChylousEffusion).Build(), "2019-02-02");
        Assert.Equal(Severity.Consider, f.Severity);
    }

    [Fact]
    public void Evaluate_EffusionNotSupportingLam_NoFinding() =>
        Evaluate.Nothing(Id, new PatientBuilder().Diagnosed().Evidence("2019-02-01", EvidenceKind.ChylousEffusion, supportsLam: false).Build(), "2019-02-02");

    [Fact]
    public void Evaluate_EffusionRecordedLater_NoFindingYet() =>
        Evaluate.Nothing(Id, new PatientBuilder().Diagnosed().Evidence("2019-02-03", EvidenceKind.ChylousEffusion).Build(), "2019-02-02");

    [Fact]
    public void Evaluate_WithoutDiagnosis_NotApplicable() =>
        Assert.Contains("no LAM diagnosis", Evaluate.NotApplicable(Id, new PatientBuilder().Evidence("2019-02-01", EvidenceKind.Hrct, supportsLam: null).Build(), "2019-02-02"), StringComparison.Ordinal);
}
