using LamTrack.Guidance.Findings;

namespace LamTrack.Guidance.Tests.Rules.Indication;

public sealed class Fev1DeclineRuleTests
{
    private const string Id = "LAM-IND-002";

    [Theory]
    [InlineData(2.100, true)] // 2.200 → 2.100 L over 1 year: decline 100 mL/year
    [InlineData(2.111, false)] // decline 89 mL over a year: just under 90
    [InlineData(2.150, false)] // decline 50 mL/year
    public void Evaluate_SlopeAroundThreshold_IndicatesFrom90(double laterLitres, bool indicated)
    {
        var p = new PatientBuilder().Diagnosed().Fev1("2019-01-01", 2.200m).Fev1("2020-01-01", (decimal)laterLitres).Build();
        if (indicated)
        {
            Finding f = Evaluate.Single(Id, p, "2020-01-02");
            Assert.Contains("mL/year", f.Message, StringComparison.Ordinal);
            Assert.Equal(2, f.DataPoints.Count);
        }
        else
        {
            Evaluate.Nothing(Id, p, "2020-01-02");
        }
    }

    [Fact]
    public void Evaluate_SpanTooShort_NotApplicable()
    {
        var p = new PatientBuilder().Diagnosed().Fev1("2019-01-01", 2.2m).Fev1("2019-03-01", 1.9m).Build();
        Assert.Contains("spanning 180 days; 2 recorded, spanning 59 days", Evaluate.NotApplicable(Id, p, "2019-03-02"), StringComparison.Ordinal);
    }

    [Fact]
    public void Evaluate_SlopeOverThreePoints_UsesLeastSquares()
    {
        // 2.3, 2.2, 2.1 L at 0, 1 and 2 years: slope −100 mL/year.
        var p = new PatientBuilder().Diagnosed().Fev1("2019-01-01", 2.3m).Fev1("2020-01-01", 2.2m).Fev1("2021-01-01", 2.1m).Build();
        Assert.Contains("slope -100 mL/year", Evaluate.Single(Id, p, "2021-01-02").Message, StringComparison.Ordinal);
    }
}
