namespace LamTrack.Web.Benchmarks;

/// <summary>The server's resident memory at one moment of the load.</summary>
/// <param name="Seconds">Seconds since the load started.</param>
/// <param name="ResidentMegabytes">VmRSS in MiB; NaN while the server was down.</param>
internal readonly record struct MemorySample(double Seconds, double ResidentMegabytes);
