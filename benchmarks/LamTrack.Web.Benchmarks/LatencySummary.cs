using System.Globalization;

namespace LamTrack.Web.Benchmarks;

/// <summary>How many requests succeeded and failed, and the percentiles of the successful ones' latencies, in ms.</summary>
internal sealed record LatencySummary(int Count, int Errors, double P50, double P95, double P99, double Max)
{
    /// <summary>Summarises <paramref name="samples"/>: only successful requests count toward the percentiles.</summary>
    public static LatencySummary Of(IEnumerable<RequestSample> samples)
    {
        var all = samples.ToList();
        double[] ms = [.. all.Where(s => s.Ok).Select(s => s.Milliseconds).Order()];
        return new LatencySummary(ms.Length, all.Count - ms.Length, Percentile.Of(ms, 0.50), Percentile.Of(ms, 0.95), Percentile.Of(ms, 0.99),
            ms.Length == 0 ? double.NaN : ms[^1]);
    }

    /// <summary>A row of a Markdown table: name, requests, errors, p50, p95, p99, max.</summary>
    public string Row(string name) => string.Create(CultureInfo.InvariantCulture, $"| {name} | {Count} | {Errors} | {P50:F1} | {P95:F1} | {P99:F1} | {Max:F0} |");
}
