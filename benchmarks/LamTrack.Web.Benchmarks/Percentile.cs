namespace LamTrack.Web.Benchmarks;

/// <summary>The nearest-rank percentile of sorted latencies.</summary>
internal static class Percentile
{
    /// <summary>The value below or at which a fraction <paramref name="q"/> of <paramref name="sorted"/> lies; NaN when empty.</summary>
    public static double Of(IReadOnlyList<double> sorted, double q) =>
        sorted.Count == 0 ? double.NaN : sorted[Math.Clamp((int)Math.Ceiling(q * sorted.Count) - 1, 0, sorted.Count - 1)];
}
