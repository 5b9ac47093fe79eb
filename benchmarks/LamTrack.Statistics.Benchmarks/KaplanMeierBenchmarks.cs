using BenchmarkDotNet.Attributes;
using LamTrack.Statistics.Survival;

namespace LamTrack.Statistics.Benchmarks;

/// <summary>Kaplan–Meier on synthetic Weibull cohorts (times to four decimals, 30 % censored, fixed seed).</summary>
[MemoryDiagnoser]
public class KaplanMeierBenchmarks
{
    private double[] _times = [];
    private bool[] _events = [];

    /// <summary>Number of subjects.</summary>
    [Params(10_000, 1_000_000)]
    public int Subjects { get; set; }

    /// <summary>Draws the cohort once per parameter value.</summary>
    [GlobalSetup]
    public void Setup() => (_times, _events) = SyntheticCohort.Weibull(Subjects, seed: 20261127);

    /// <summary>The full fit: sort, risk table, Greenwood and log intervals.</summary>
    [Benchmark]
    public KaplanMeierCurve Fit() => KaplanMeierEstimator.Fit(_times, _events);
}
