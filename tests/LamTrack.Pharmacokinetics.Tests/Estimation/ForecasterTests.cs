using LamTrack.Measures.Quantities;
using LamTrack.Pharmacokinetics.Data;
using LamTrack.Pharmacokinetics.Dosing;
using LamTrack.Pharmacokinetics.Estimation;
using LamTrack.Pharmacokinetics.Models;
using LamTrack.Pharmacokinetics.Tests.Fixtures;

namespace LamTrack.Pharmacokinetics.Tests.Estimation;

public sealed class ForecasterTests
{
    private static readonly SubjectPrior s_prior =
        ModelFileReader.ReadFile(ReferenceFiles.ModelPath("reference-1cmt")).Apply(new Dictionary<string, double>()).Prior!;

    private static readonly DosingHistory s_history = DosingHistory.Regular(Dose.FromMilligrams(2), 24, 60);

    private static readonly double[] s_times = [.. Enumerable.Range(1, 60).Select(d => d * 24.0)];

    [Fact]
    public void Forecast_WithEstimate_IntervalIsPositiveContainsTheModeAndIsNarrowerThanThePrior()
    {
        var subject = EstimationSubject.Create(s_history, ClearanceSchedule.None, [Observation.Measured(168, 4.1), Observation.Measured(336, 5.3)]);
        MapEstimate e = MapEstimator.Estimate(s_prior, subject);

        IReadOnlyList<ForecastPoint> post = Forecaster.Forecast(s_prior, e, s_history, ClearanceSchedule.None, s_times, 400, 1);
        IReadOnlyList<ForecastPoint> prior = Forecaster.Forecast(s_prior, null, s_history, ClearanceSchedule.None, s_times, 400, 1);

        Assert.All(post, p => Assert.InRange(p.PredictionNanogramsPerMillilitre, p.LowerNanogramsPerMillilitre, p.UpperNanogramsPerMillilitre));
        Assert.All(post, p => Assert.True(p.LowerNanogramsPerMillilitre > 0));
        Assert.True(post[^1].UpperNanogramsPerMillilitre - post[^1].LowerNanogramsPerMillilitre
            < prior[^1].UpperNanogramsPerMillilitre - prior[^1].LowerNanogramsPerMillilitre);
    }

    [Fact]
    public void Forecast_SameSeed_IsReproducible()
    {
        IReadOnlyList<ForecastPoint> a = Forecaster.Forecast(s_prior, null, s_history, ClearanceSchedule.None, s_times, 100, 9);
        IReadOnlyList<ForecastPoint> b = Forecaster.Forecast(s_prior, null, s_history, ClearanceSchedule.None, s_times, 100, 9);

        Assert.Equal(a, b);
    }

    [Theory]
    [InlineData(300, 0.05)]
    [InlineData(300, 0.95)]
    [InlineData(21, 0.05)]
    [InlineData(20, 0.95)]
    [InlineData(7, 0.5)]
    public void SelectedPercentile_RandomDraws_EqualsThePercentileOfTheSortedDraws(int count, double q)
    {
        var random = new Random(count);
        double[] draws = [.. Enumerable.Range(0, count).Select(_ => random.NextDouble() * 30)];
        double[] sorted = [.. draws.Order()];

        Assert.Equal(Forecaster.Percentile(sorted, q), Forecaster.SelectedPercentile(draws, q));
    }

    [Fact]
    public void SelectedPercentile_LargestDrawRaised_RaisesTheUpperPercentileOnlyWhenItIsAmongTheNearest()
    {
        double[] draws = [.. Enumerable.Range(1, 21).Select(i => (double)i)];
        double before = Forecaster.SelectedPercentile([.. draws], 0.95);
        draws[^1] = 100;

        Assert.Equal(20.0, before);
        Assert.Equal(20.0, Forecaster.SelectedPercentile([.. draws], 0.95));
        Assert.Equal(100.0, Forecaster.SelectedPercentile([.. draws], 1.0));
    }
}
