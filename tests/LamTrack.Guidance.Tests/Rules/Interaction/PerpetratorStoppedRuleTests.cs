using LamTrack.Guidance.Findings;

namespace LamTrack.Guidance.Tests.Rules.Interaction;

public sealed class PerpetratorStoppedRuleTests
{
    private const string Id = "LAM-INT-002";

    private static LamTrack.Domain.Patients.Patient Stopped(string drug) =>
        new PatientBuilder().Diagnosed().Sirolimus("2019-01-01").CoMedication("2019-01-01", drug, stop: "2019-06-01").Build();

    [Fact]
    public void Evaluate_InducerStopped_LevelRises()
    {
        Finding f = Evaluate.Single(Id, Stopped("anti-tuberculosis therapy"), "2019-06-02");
        Assert.Contains("stopped on 2019-06-01: sirolimus levels are expected to rise (toxicity risk)", f.Message, StringComparison.Ordinal);
        Assert.Contains("Adjust the sirolimus dose down", f.Action, StringComparison.Ordinal);
    }

    [Fact]
    public void Evaluate_InhibitorStopped_LevelFalls() =>
        Assert.Contains("expected to fall", Evaluate.Single(Id, Stopped("voriconazole"), "2019-06-02").Message, StringComparison.Ordinal);

    [Theory]
    [InlineData("2019-05-31", 0)] // the day before the stop
    [InlineData("2019-07-01", 1)] // day 30 after the stop
    [InlineData("2019-07-02", 0)] // day 31: outside the window
    public void Evaluate_AroundTheStop_ReportsFor30Days(string asOf, int findings) =>
        Assert.Equal(findings, Evaluate.Rule(Id, Stopped("rifampicin"), asOf).Findings.Count);

    [Fact]
    public void Evaluate_NotOnSirolimus_NotApplicable() =>
        Assert.Contains("not taking sirolimus", Evaluate.NotApplicable(Id, new PatientBuilder().Diagnosed().CoMedication("2019-01-01", "rifampicin", stop: "2019-06-01").Build(), "2019-06-02"), StringComparison.Ordinal);
}
