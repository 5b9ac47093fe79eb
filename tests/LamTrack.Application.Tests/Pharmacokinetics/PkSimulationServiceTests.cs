using LamTrack.Application.Pharmacokinetics;

namespace LamTrack.Application.Tests.Pharmacokinetics;

public sealed class PkSimulationServiceTests
{
    [Fact]
    public async Task SimulateAsync_TwoSubjects_PredictsAtEveryObservationRecord()
    {
        using var files = new PkServiceFixture();
        string data = files.Write("data.csv", PkServiceFixture.Header + "\n" + PkServiceFixture.Subject("1", 4.1) + PkServiceFixture.Subject("2", 9.0));

        PkOutcome<PkSimulationResult> outcome = await PkServiceFixture.Simulation.SimulateAsync(new PkSimulationRequest(new PkModelRequest("jiao-2009"), data));

        Assert.True(outcome.Succeeded, string.Join("; ", outcome.Problems));
        Assert.Equal("jiao-2009", outcome.Result!.Model.Id);
        Assert.Equal(["1", "2"], outcome.Result.Subjects.Select(s => s.Id));
        PkPredictionPoint point = Assert.Single(outcome.Result.Subjects[0].Points);
        Assert.Equal(168, point.TimeHours);
        Assert.Equal(4.1, point.ObservedNanogramsPerMillilitre);
        Assert.True(point.PopulationNanogramsPerMillilitre > 0);
        Assert.Null(point.IndividualNanogramsPerMillilitre);
    }

    [Fact]
    public async Task SimulateAsync_HigherDose_PredictsHigherConcentration()
    {
        using var files = new PkServiceFixture();
        string low = files.Write("low.csv", PkServiceFixture.Header + "\n" + PkServiceFixture.Subject("1", 4.1));
        string high = files.Write("high.csv", PkServiceFixture.Header + "\n" + PkServiceFixture.Subject("1", 4.1).Replace("1,0,2,1", "1,0,4,1", StringComparison.Ordinal));

        double? atLow = (await PkServiceFixture.Simulation.SimulateAsync(new PkSimulationRequest(new PkModelRequest("jiao-2009"), low))).Result!.Subjects[0].Points[0].PopulationNanogramsPerMillilitre;
        double? atHigh = (await PkServiceFixture.Simulation.SimulateAsync(new PkSimulationRequest(new PkModelRequest("jiao-2009"), high))).Result!.Subjects[0].Points[0].PopulationNanogramsPerMillilitre;

        Assert.Equal(2 * atLow!.Value, atHigh!.Value, 6);
    }

    [Fact]
    public async Task SimulateAsync_UnknownModelOrBadData_ReturnsCodedProblems()
    {
        using var files = new PkServiceFixture();
        string good = files.Write("good.csv", PkServiceFixture.Header + "\n" + PkServiceFixture.Subject("1", 4.1));
        string bad = files.Write("bad.csv", PkServiceFixture.Header + "\n" + PkServiceFixture.Subject("1", -4.1));

        PkOutcome<PkSimulationResult> unknown = await PkServiceFixture.Simulation.SimulateAsync(new PkSimulationRequest(new PkModelRequest("no-such-model"), good));
        PkOutcome<PkSimulationResult> invalid = await PkServiceFixture.Simulation.SimulateAsync(new PkSimulationRequest(new PkModelRequest("jiao-2009"), bad));

        Assert.Equal(PharmacokineticsProblemCodes.InvalidModel, Assert.Single(unknown.Problems).Code);
        Assert.Equal(PharmacokineticsProblemCodes.InvalidData, Assert.Single(invalid.Problems).Code);
        Assert.Contains("line 3", invalid.Problems[0].Message, StringComparison.Ordinal);
        Assert.Null(invalid.Result);
    }
}
