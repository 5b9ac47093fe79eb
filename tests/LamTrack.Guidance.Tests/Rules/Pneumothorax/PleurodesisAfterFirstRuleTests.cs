using LamTrack.Domain.Events;
using LamTrack.Guidance.Findings;

namespace LamTrack.Guidance.Tests.Rules.Pneumothorax;

public sealed class PleurodesisAfterFirstRuleTests
{
    private const string Id = "LAM-PTX-002";

    [Fact]
    public void Evaluate_FirstPneumothoraxWithoutPleurodesis_OffersIt()
    {
        Finding f = Evaluate.Single(Id, new PatientBuilder().Diagnosed().Pneumothorax("2019-03-01", "2019-03-05").Build(), "2019-03-06");
        Assert.Equal(Severity.Consider, f.Severity);
        Assert.Contains("after the first pneumothorax", f.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Evaluate_IpsilateralPleurodesisDone_NoFinding()
    {
        var p = new PatientBuilder().Diagnosed().Pneumothorax("2019-03-01", "2019-03-05", PneumothoraxSide.Left)
            .Intervention("2019-03-03", InterventionKind.ChemicalPleurodesis, side: PneumothoraxSide.Left).Build();
        Evaluate.Nothing(Id, p, "2019-03-06");
    }

    [Fact]
    public void Evaluate_ContralateralPleurodesisOnly_StillOffers()
    {
        var p = new PatientBuilder().Diagnosed().Pneumothorax("2019-03-01", "2019-03-05", PneumothoraxSide.Right)
            .Intervention("2018-03-03", InterventionKind.SurgicalPleurodesis, side: PneumothoraxSide.Left).Build();
        Assert.Single(Evaluate.Rule(Id, p, "2019-03-06").Findings);
    }

    [Fact]
    public void Evaluate_NoPneumothorax_NotApplicable() =>
        Assert.Contains("no pneumothorax", Evaluate.NotApplicable(Id, new PatientBuilder().Diagnosed().Build(), "2019-03-06"), StringComparison.Ordinal);
}
