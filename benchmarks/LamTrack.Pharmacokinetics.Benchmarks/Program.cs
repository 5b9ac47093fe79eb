using System.Diagnostics;
using System.Globalization;
using BenchmarkDotNet.Running;
using LamTrack.Pharmacokinetics.Benchmarks;

// "quick" runs each workload a few times with a stopwatch; anything else goes to BenchmarkDotNet.
if (args.Length > 0 && args[0] == "mc")
{
    bool err = args.Length < 2 || args[1] != "noerr";
    Workloads.MonteCarlo(20_000, 365, err);
    TimeSpan cpu0 = Process.GetCurrentProcess().TotalProcessorTime;
    var sw = Stopwatch.StartNew();
    Workloads.MonteCarlo(1_000_000, 365, err);
    Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"MC residual={err}: wall {sw.Elapsed.TotalSeconds:F3} s, CPU {(Process.GetCurrentProcess().TotalProcessorTime - cpu0).TotalSeconds:F3} s"));
    return 0;
}

if (args.Length > 0 && args[0] == "quick")
{
    QuickRunner.Run(Console.Out);
    return 0;
}

BenchmarkSwitcher.FromAssembly(typeof(PkBenchmarks).Assembly).Run(args);
return 0;

internal static class QuickRunner
{
    public static void Run(TextWriter o)
    {
        var inv = CultureInfo.InvariantCulture;
        Workloads.MonteCarlo(20_000, 365);
        for (int i = 0; i < 3; i++)
        {
            TimeSpan cpu0 = Process.GetCurrentProcess().TotalProcessorTime;
            var sw = Stopwatch.StartNew();
            var r = Workloads.MonteCarlo();
            sw.Stop();
            double cpu = (Process.GetCurrentProcess().TotalProcessorTime - cpu0).TotalSeconds;
            o.WriteLine(string.Create(inv, $"Monte Carlo 1e6 x 365 troughs: wall {sw.Elapsed.TotalSeconds:F3} s, CPU {cpu:F3} s ({365e6 / sw.Elapsed.TotalSeconds:E3} troughs/s wall); day 365 median {r.Summaries[^1].Median:F3} ng/mL, PTA {r.Summaries[^1].ProbabilityInTarget:F4}"));
        }

        var patients = Workloads.MapPatients();
        Workloads.EstimateAll(patients);
        for (int i = 0; i < 3; i++)
        {
            TimeSpan cpu0 = Process.GetCurrentProcess().TotalProcessorTime;
            var sw = Stopwatch.StartNew();
            var r = Workloads.EstimateAll(patients);
            sw.Stop();
            double cpu = (Process.GetCurrentProcess().TotalProcessorTime - cpu0).TotalSeconds;
            o.WriteLine(string.Create(inv, $"MAP 1000 patients x 2 troughs: wall {sw.Elapsed.TotalSeconds:F3} s, CPU {cpu:F3} s; {r.Count(e => e.Converged)} converged; mean evaluations {r.Average(e => e.Evaluations):F0}"));
        }

        var output = new double[Workloads.ForecastTimes.Length];
        for (int i = 0; i < 2000; i++)
        {
            Workloads.Forecast(output);
        }

        var timer = Stopwatch.StartNew();
        const int Reps = 20000;
        for (int i = 0; i < Reps; i++)
        {
            Workloads.Forecast(output);
        }

        timer.Stop();
        o.WriteLine(string.Create(inv, $"One-year forecast (365 doses, 8760 hourly points): {timer.Elapsed.TotalMicroseconds / Reps:F2} us"));
    }
}
