using MathNet.Numerics.Statistics;
using LamTrack.Pharmacokinetics.Dosing;
using LamTrack.Pharmacokinetics.Models;
using LamTrack.Pharmacokinetics.Solver;

namespace LamTrack.Pharmacokinetics.Estimation;

/// <summary>Individual forecasts with a 90 % interval from posterior samples.</summary>
/// <remarks>
/// The prediction is at the posterior mode; the interval is the 5th–95th percentile of predictions over
/// <c>samples</c> draws of <see cref="PosteriorSampler"/> (parameter uncertainty; residual error excluded, so it is a
/// band for the true level, not for a single assay result). Percentiles of positive samples: never below zero.
/// </remarks>
public static class Forecaster
{
    /// <summary>Forecasts at <paramref name="timesHours"/> (non-decreasing).</summary>
    /// <param name="prior">The subject's prior.</param>
    /// <param name="estimate">The MAP estimate, or null for an a-priori forecast.</param>
    /// <param name="doses">Past and planned doses.</param>
    /// <param name="clearance">CL/F multipliers.</param>
    /// <param name="timesHours">Forecast times, h.</param>
    /// <param name="samples">Posterior draws (e.g. 500).</param>
    /// <param name="seed">Random seed.</param>
    public static IReadOnlyList<ForecastPoint> Forecast(
        SubjectPrior prior, MapEstimate? estimate, DosingHistory doses, ClearanceSchedule clearance,
        IReadOnlyList<double> timesHours, int samples, ulong seed)
    {
        ArgumentNullException.ThrowIfNull(prior);
        ArgumentNullException.ThrowIfNull(timesHours);
        ArgumentOutOfRangeException.ThrowIfLessThan(samples, 20);
        double[] times = [.. timesHours];
        var sampler = PosteriorSampler.Create(prior, estimate, seed);
        var mode = new double[times.Length];
        ConcentrationSolver.Predict(prior.Individual([.. sampler.Mode]), doses, clearance, times, mode);
        var draws = new double[times.Length][];
        for (int t = 0; t < times.Length; t++)
        {
            draws[t] = new double[samples];
        }

        var eta = new double[prior.EtaCount];
        var one = new double[times.Length];
        for (int s = 0; s < samples; s++)
        {
            sampler.Next(eta);
            ConcentrationSolver.Predict(prior.Individual(eta), doses, clearance, times, one);
            for (int t = 0; t < times.Length; t++)
            {
                draws[t][s] = one[t];
            }
        }

        return [.. times.Select((time, t) => Point(time, mode[t], draws[t]))];
    }

    // Two order statistics per quantile by selection (MathNet's OrderStatisticInplace, O(n) each) instead of sorting
    // every time point's draws: the sort was a large share of a dose proposal's forecast (2,500 points × 300 draws).
    private static ForecastPoint Point(double time, double mode, double[] draws) =>
        new(time, mode, SelectedPercentile(draws, 0.05), SelectedPercentile(draws, 0.95));

    /// <summary>The same value as <see cref="Percentile"/> on the sorted draws (linear interpolation between the two
    /// nearest order statistics), found by selection; reorders <paramref name="draws"/>.</summary>
    internal static double SelectedPercentile(double[] draws, double q)
    {
        double pos = q * (draws.Length - 1);
        int lo = (int)Math.Floor(pos);
        int hi = Math.Min(lo + 1, draws.Length - 1);
        double low = ArrayStatistics.OrderStatisticInplace(draws, lo + 1);
        double high = hi == lo ? low : ArrayStatistics.OrderStatisticInplace(draws, hi + 1);
        return low + ((pos - lo) * (high - low));
    }

    /// <summary>Linear-interpolated percentile of sorted values.</summary>
    internal static double Percentile(double[] sorted, double q)
    {
        double pos = q * (sorted.Length - 1);
        int lo = (int)Math.Floor(pos);
        int hi = Math.Min(lo + 1, sorted.Length - 1);
        return sorted[lo] + ((pos - lo) * (sorted[hi] - sorted[lo]));
    }
}
