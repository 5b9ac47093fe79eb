namespace LamTrack.Web.Benchmarks;

/// <summary>A few seconds of the mixed load: the latencies of the reads and the writes answered in it, and the server's memory at its end.</summary>
internal sealed record SoakWindow(double Seconds, double ResidentMegabytes, LatencySummary Reads, LatencySummary Writes, int Errors);
