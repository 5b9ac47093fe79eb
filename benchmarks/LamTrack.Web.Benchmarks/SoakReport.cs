using System.Globalization;
using System.Text;

namespace LamTrack.Web.Benchmarks;

/// <summary>The figures of a mixed-load run: latency per operation and per kind (read, write), the same every few
/// seconds with the server's memory (a CSV and a plot), and whether the memory stayed flat.</summary>
internal sealed class SoakReport(IReadOnlyList<RequestSample> samples, IReadOnlyList<MemorySample> memory, double seconds)
{
    public const string TableHeader = "| operation | answered | errors | p50 ms | p95 ms | p99 ms | max ms |\n|---|---:|---:|---:|---:|---:|---:|";

    public LatencySummary Reads { get; } = LatencySummary.Of(samples.Where(s => !s.IsWrite));

    public LatencySummary Writes { get; } = LatencySummary.Of(samples.Where(s => s.IsWrite));

    /// <summary>The rows per operation and per kind, under <see cref="TableHeader"/>.</summary>
    public IEnumerable<string> Rows() =>
        Enum.GetValues<MixedOperation>().Select(o => LatencySummary.Of(samples.Where(s => s.Operation == o)).Row(o.ToString()))
            .Append(Reads.Row("**all reads**")).Append(Writes.Row("**all writes**"));

    /// <summary>The run cut at each memory sample: the requests answered since the previous one.</summary>
    public IReadOnlyList<SoakWindow> Windows()
    {
        var windows = new List<SoakWindow>();
        double from = 0;
        foreach (MemorySample m in memory)
        {
            RequestSample[] inside = [.. samples.Where(s => s.Seconds > from && s.Seconds <= m.Seconds)];
            windows.Add(new SoakWindow(m.Seconds, m.ResidentMegabytes, LatencySummary.Of(inside.Where(s => !s.IsWrite)),
                LatencySummary.Of(inside.Where(s => s.IsWrite)), inside.Count(s => !s.Ok)));
            from = m.Seconds;
        }

        return windows;
    }

    /// <summary>Flat memory: the mean RSS of the last minute against that of the first minute after a minute of
    /// warm-up (JIT, connection pools, the first dashboard); for a run shorter than 3 minutes, thirds of it instead.</summary>
    public (double First, double Last, double Change) MemoryDrift()
    {
        double span = Math.Min(60, seconds / 3);
        double Mean(double from, double to) =>
            memory.Where(m => m.Seconds > from && m.Seconds <= to && !double.IsNaN(m.ResidentMegabytes)).Select(m => m.ResidentMegabytes).DefaultIfEmpty(double.NaN).Average();
        double first = Mean(span, 2 * span), last = Mean(seconds - span, seconds);
        return (first, last, (last - first) / first);
    }

    /// <summary>Writes <see cref="Windows"/> as CSV.</summary>
    public void WriteCsv(string path)
    {
        var csv = new StringBuilder("seconds,rss_mib,reads,read_p50_ms,read_p95_ms,read_p99_ms,writes,write_p50_ms,write_p95_ms,write_p99_ms,errors\n");
        foreach (SoakWindow w in Windows())
        {
            csv.AppendLine(string.Create(CultureInfo.InvariantCulture,
                $"{w.Seconds:F1},{w.ResidentMegabytes:F1},{w.Reads.Count},{w.Reads.P50:F1},{w.Reads.P95:F1},{w.Reads.P99:F1},{w.Writes.Count},{w.Writes.P50:F1},{w.Writes.P95:F1},{w.Writes.P99:F1},{w.Errors}"));
        }

        File.WriteAllText(path, csv.ToString());
    }
}
