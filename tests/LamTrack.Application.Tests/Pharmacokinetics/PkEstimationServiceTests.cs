using LamTrack.Application.Pharmacokinetics;

namespace LamTrack.Application.Tests.Pharmacokinetics;

public sealed class PkEstimationServiceTests
{
    [Fact]
    public async Task EstimateAsync_HigherTrough_EstimatesLowerClearance()
    {
        using var files = new PkServiceFixture();
        string data = files.Write("data.csv", PkServiceFixture.Header + "\n" + PkServiceFixture.Subject("low", 3.0) + PkServiceFixture.Subject("high", 12.0));

        PkOutcome<PkEstimationResult> outcome = await PkServiceFixture.Estimation.EstimateAsync(new PkEstimationRequest(new PkModelRequest("jiao-2009"), data));

        Assert.True(outcome.Succeeded, string.Join("; ", outcome.Problems));
        PkEstimationResult r = outcome.Result!;
        Assert.Equal("CL", r.ParameterNames[0]);
        double clearanceLow = r.Subjects.Single(s => s.Id == "low").Estimate!.Parameters[0];
        double clearanceHigh = r.Subjects.Single(s => s.Id == "high").Estimate!.Parameters[0];
        Assert.True(clearanceHigh < clearanceLow, $"CL {clearanceHigh} (trough 12) vs {clearanceLow} (trough 3)");
        Assert.All(r.Subjects, s => Assert.Null(s.Forecast));
    }

    [Fact]
    public async Task EstimateAsync_WithForecast_ReturnsAnHourlyBandAroundThePrediction()
    {
        using var files = new PkServiceFixture();
        string data = files.Write("data.csv", PkServiceFixture.Header + "\n" + PkServiceFixture.Subject("1", 6.0));
        var progress = new List<double>();

        PkOutcome<PkEstimationResult> outcome = await PkServiceFixture.Estimation.EstimateAsync(
            new PkEstimationRequest(new PkModelRequest("jiao-2009"), data) { IncludeForecast = true, Target = "3-10" }, new Progress.SynchronousProgress<double>(progress.Add));

        PkSubjectEstimate s = Assert.Single(outcome.Result!.Subjects);
        Assert.Equal(24 * 14 + 1, s.Forecast!.Count); // hourly from 0 to a day past the last dose (312 h + 24 h)
        Assert.All(s.Forecast, p => Assert.True(p.LowerNanogramsPerMillilitre <= p.PredictionNanogramsPerMillilitre + 1e-9 && p.PredictionNanogramsPerMillilitre <= p.UpperNanogramsPerMillilitre + 1e-9));
        Assert.Equal(6.0, Assert.Single(s.Troughs).ValueNanogramsPerMillilitre);
        Assert.Equal(3, outcome.Result.Window.LowNanogramsPerMillilitre);
        Assert.Equal(1.0, progress[^1]);
    }

    [Fact]
    public async Task EstimateAsync_BadWindow_ReturnsPk003()
    {
        using var files = new PkServiceFixture();
        string data = files.Write("data.csv", PkServiceFixture.Header + "\n" + PkServiceFixture.Subject("1", 6.0));

        PkOutcome<PkEstimationResult> outcome = await PkServiceFixture.Estimation.EstimateAsync(new PkEstimationRequest(new PkModelRequest("jiao-2009"), data) { Target = "15-5" });

        Assert.Equal(PharmacokineticsProblemCodes.InvalidTargetWindow, Assert.Single(outcome.Problems).Code);
    }

    [Fact]
    public async Task EstimateAsync_Cancelled_Throws()
    {
        using var files = new PkServiceFixture();
        string data = files.Write("data.csv", PkServiceFixture.Header + "\n" + PkServiceFixture.Subject("1", 6.0));
        using var cancelled = new CancellationTokenSource();
        await cancelled.CancelAsync();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() =>
            PkServiceFixture.Estimation.EstimateAsync(new PkEstimationRequest(new PkModelRequest("jiao-2009"), data), null, cancelled.Token));
    }
}
