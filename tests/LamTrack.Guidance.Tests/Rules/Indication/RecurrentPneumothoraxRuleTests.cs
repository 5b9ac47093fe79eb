using LamTrack.Guidance.Findings;

namespace LamTrack.Guidance.Tests.Rules.Indication;

public sealed class RecurrentPneumothoraxRuleTests
{
    private const string Id = "LAM-IND-005";

    [Fact]
    public void Evaluate_TwoEpisodes_ConsiderSirolimusOnCaseSeriesEvidence()
    {
        var p = new PatientBuilder().Diagnosed().Pneumothorax("2019-02-01", "2019-02-10").Pneumothorax("2019-05-01", "2019-05-10").Build();
        Finding f = Evaluate.Single(Id, p, "2019-06-01");
        Assert.Equal(Severity.Consider, f.Severity);
        Assert.Contains(f.Caveats, c => c.StartsWith("case-series evidence", StringComparison.Ordinal));
    }

    [Fact]
    public void Evaluate_OneEpisode_NoFinding() =>
        Evaluate.Nothing(Id, new PatientBuilder().Diagnosed().Pneumothorax("2019-02-01", "2019-02-10").Build(), "2019-06-01");

    [Fact]
    public void Evaluate_AfterStopping_SaysWhenItStopped()
    {
        var p = new PatientBuilder().Diagnosed().Pneumothorax("2019-02-01", "2019-02-10").Pneumothorax("2019-05-01", "2019-05-10").Sirolimus("2019-06-01", stop: "2020-01-01").Build();
        Assert.Contains("Sirolimus was stopped on 2020-01-01", Evaluate.Single(Id, p, "2020-02-01").Message, StringComparison.Ordinal);
    }
}
