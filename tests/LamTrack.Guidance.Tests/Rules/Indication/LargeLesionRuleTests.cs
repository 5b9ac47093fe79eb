using LamTrack.Domain.Events;

namespace LamTrack.Guidance.Tests.Rules.Indication;

public sealed class LargeLesionRuleTests
{
    private const string Id = "LAM-IND-004";

    [Theory]
    [InlineData(3.1, true)] // just above 3 cm
    [InlineData(3.0, false)] // at 3 cm: not larger
    public void Evaluate_AngiomyolipomaAroundThreshold_IndicatesAbove3Cm(double centimetres, bool indicated)
    {
        var p = new PatientBuilder().Diagnosed().Evidence("2019-02-01", EvidenceKind.Angiomyolipoma, sizeCentimetres: centimetres).Build();
        if (indicated)
        {
            Assert.Contains("larger than 3 cm", Evaluate.Single(Id, p, "2019-02-02").Message, StringComparison.Ordinal);
        }
        else
        {
            Evaluate.Nothing(Id, p, "2019-02-02");
        }
    }

    [Fact]
    public void Evaluate_LesionWithoutSize_NotApplicable() =>
        Assert.Contains("without its largest diameter", Evaluate.NotApplicable(Id, new PatientBuilder().Diagnosed().Evidence("2019-02-01", EvidenceKind.Lymphangioleiomyoma).Build(), "2019-02-02"), StringComparison.Ordinal);

    [Fact]
    public void Evaluate_ResectedMass_MentionsTheResection()
    {
        var p = new PatientBuilder().Diagnosed().Evidence("2019-02-01", EvidenceKind.RetroperitonealMass, sizeCentimetres: 20.2).Intervention("2019-02-10", InterventionKind.OtherSurgery).Build();
        var f = Evaluate.Single(Id, p, "2019-06-01");
        Assert.Contains("later resection", f.Reasoning, StringComparison.Ordinal);
    }

    [Fact]
    public void Evaluate_NoLesion_NoFinding() => Evaluate.Nothing(Id, new PatientBuilder().Diagnosed().Build(), "2019-02-02");
}
