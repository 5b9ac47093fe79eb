using BenchmarkDotNet.Attributes;
using LamTrack.Pharmacokinetics.Estimation;

namespace LamTrack.Pharmacokinetics.Benchmarks;

/// <summary>BenchmarkDotNet harness for the issue 4 targets (slow to run; the quick runner gives the same figures in seconds).</summary>
[MemoryDiagnoser]
public class PkBenchmarks
{
    private readonly EstimationSubject[] _patients = Workloads.MapPatients();
    private readonly double[] _forecast = new double[Workloads.ForecastTimes.Length];

    [Benchmark]
    public object MonteCarlo1e6x365() => Workloads.MonteCarlo(_patients.Length * 1000);

    [Benchmark]
    public object Map1000Patients() => Workloads.EstimateAll(_patients);

    [Benchmark]
    public double OneYearForecast()
    {
        Workloads.Forecast(_forecast);
        return _forecast[^1];
    }
}
