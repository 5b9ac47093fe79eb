using System.Diagnostics;
using System.Globalization;
using LamTrack.Statistics.Survival;

namespace LamTrack.Statistics.Benchmarks;

/// <summary>Times the fit on a <c>time,status</c> CSV so that R and C# see the very same data (tools/bench/km_vs_r.sh).</summary>
internal static class FileTiming
{
    public static int Run(string path, int repeats)
    {
        (double[] times, bool[] events) = Load(path);
        KaplanMeierCurve curve = KaplanMeierEstimator.Fit(times, events);
        var seconds = new List<double>(repeats);
        for (int r = 0; r < repeats; r++)
        {
            long start = Stopwatch.GetTimestamp();
            curve = KaplanMeierEstimator.Fit(times, events);
            seconds.Add(Stopwatch.GetElapsedTime(start).TotalSeconds);
        }

        seconds.Sort();
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"csharp_median_seconds={seconds[seconds.Count / 2]:0.######} rows={curve.Count} events={curve.EventCount} last_surv={curve[curve.Count - 1].Survival:R}"));
        return 0;
    }

    private static (double[] Times, bool[] Events) Load(string path)
    {
        var times = new List<double>();
        var events = new List<bool>();
        foreach (string line in File.ReadLines(path).Skip(1))
        {
            int comma = line.IndexOf(',', StringComparison.Ordinal);
            times.Add(double.Parse(line.AsSpan(0, comma), CultureInfo.InvariantCulture));
            events.Add(line[comma + 1] == '1');
        }

        return ([.. times], [.. events]);
    }
}
