using LamTrack.Guidance.Findings;
using LamTrack.Guidance.Settings;

namespace LamTrack.Guidance.Tests.Rules.Trough;

public sealed class TroughWindowRuleTests
{
    private const string Id = "LAM-TRO-001";

    private static LamTrack.Domain.Patients.Patient WithTrough(decimal level) =>
        new PatientBuilder().Diagnosed().Sirolimus("2019-01-01").Trough("2019-01-15", level).Build();

    [Theory]
    [InlineData(5.0, Severity.Info)] // at the label's low bound: within
    [InlineData(15.0, Severity.Info)] // at the label's high bound: within
    [InlineData(4.99, Severity.Consider)] // just below the window
    [InlineData(1.0, Severity.Consider)] // at the very-low threshold: below the window, not very low
    public void Evaluate_LabelWindow_ClassifiesTheLevel(double level, Severity expected) =>
        Assert.Equal(expected, Evaluate.Single(Id, WithTrough((decimal)level), "2019-01-20").Severity);

    [Fact]
    public void Evaluate_BelowWindow_ProposesTheProportionalDose() =>
        Assert.Contains("2 x 10 / 4 = 5 mg/day", Evaluate.Single(Id, WithTrough(4m), "2019-01-20").Action, StringComparison.Ordinal);

    [Fact]
    public void Evaluate_CaseSeriesWindow_AcceptsFour()
    {
        var settings = GuidanceSettings.Default with { TargetWindow = TroughWindow.CaseSeries };
        Finding f = Evaluate.Single(Id, WithTrough(4m), "2019-01-20", settings);
        Assert.Equal(Severity.Info, f.Severity);
        Assert.Contains("case-series 3-10 ng/mL", f.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(0.5)] // very low: left to LAM-TRO-002
    [InlineData(15.5)] // above: left to LAM-TRO-003
    public void Evaluate_OutsideItsBand_NoFinding(double level) => Evaluate.Nothing(Id, WithTrough((decimal)level), "2019-01-20");

    [Fact]
    public void Evaluate_NoTrough_NotApplicable() =>
        Assert.Contains("no trough", Evaluate.NotApplicable(Id, new PatientBuilder().Diagnosed().Sirolimus("2019-01-01").Build(), "2019-01-20"), StringComparison.Ordinal);
}
