using System.Diagnostics;
using System.Globalization;

namespace LamTrack.Web.Benchmarks;

/// <summary>Runs one scenario on several concurrent clients for a fixed time and summarises its latencies.</summary>
internal static class LatencyRecorder
{
    /// <summary>Calls <paramref name="operation"/> in a loop on <paramref name="clients"/> workers for <paramref name="duration"/>;
    /// each call's time counts only if it succeeded.</summary>
    public static async Task<string> RunAsync(string name, int clients, TimeSpan duration, Func<int, int, Task<bool>> operation, Func<double> memory)
    {
        var times = new List<double>[clients];
        int errors = 0;
        long stop = Stopwatch.GetTimestamp() + (long)(duration.TotalSeconds * Stopwatch.Frequency);
        double memoryAtEnd = 0;
        await Task.WhenAll(Enumerable.Range(0, clients).Select(async worker =>
        {
            times[worker] = [];
            for (int call = 0; Stopwatch.GetTimestamp() < stop; call++)
            {
                long start = Stopwatch.GetTimestamp();
                bool ok = await operation(worker, call);
                double ms = Stopwatch.GetElapsedTime(start).TotalMilliseconds;
                if (ok)
                {
                    times[worker].Add(ms);
                }
                else
                {
                    Interlocked.Increment(ref errors);
                }
            }
        }));
        memoryAtEnd = memory();
        return Summary(name, clients, duration, [.. times.SelectMany(t => t)], errors, memoryAtEnd);
    }

    private static string Summary(string name, int clients, TimeSpan duration, double[] ms, int errors, double memory)
    {
        Array.Sort(ms);
        double P(double q) => Percentile.Of(ms, q);
        return string.Create(CultureInfo.InvariantCulture,
            $"| {name} | {clients} | {ms.Length} | {errors} | {ms.Length / duration.TotalSeconds:F0} | {P(0.50):F1} | {P(0.95):F1} | {P(0.99):F1} | {memory:F0} |");
    }
}
