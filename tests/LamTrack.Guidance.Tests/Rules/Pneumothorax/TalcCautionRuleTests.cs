using LamTrack.Domain.Events;

namespace LamTrack.Guidance.Tests.Rules.Pneumothorax;

public sealed class TalcCautionRuleTests
{
    private const string Id = "LAM-PTX-003";

    [Fact]
    public void Evaluate_PleurodesisCandidate_SuggestsNonTalcAgent() =>
        Assert.Contains("autologous blood or hypertonic glucose", Evaluate.Single(Id, new PatientBuilder().Diagnosed().Pneumothorax("2019-03-01").Build(), "2019-03-02").Action, StringComparison.Ordinal);

    [Fact]
    public void Evaluate_TalcPleurodesisRecorded_NotesIt()
    {
        var p = new PatientBuilder().Diagnosed().Pneumothorax("2019-03-01", "2019-03-05").Intervention("2019-03-02", InterventionKind.ChemicalPleurodesis, agent: "talc slurry").Build();
        Assert.StartsWith("Talc pleurodesis recorded", Evaluate.Single(Id, p, "2019-03-06").Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Evaluate_NonTalcPleurodesisDoneAndResolved_NoFinding()
    {
        var p = new PatientBuilder().Diagnosed().Pneumothorax("2019-03-01", "2019-03-05").Intervention("2019-03-02", InterventionKind.ChemicalPleurodesis, agent: "autologous blood").Build();
        Evaluate.Nothing(Id, p, "2019-03-06");
    }

    [Fact]
    public void Evaluate_NoPneumothorax_NotApplicable() =>
        Assert.Contains("no pneumothorax", Evaluate.NotApplicable(Id, new PatientBuilder().Diagnosed().Build(), "2019-03-06"), StringComparison.Ordinal);
}
