namespace LamTrack.Web.Benchmarks;

/// <summary>One answered (or failed) request of the mixed load.</summary>
/// <param name="Seconds">When it ended, in seconds since the load started.</param>
/// <param name="Operation">What it was.</param>
/// <param name="Milliseconds">How long it took.</param>
/// <param name="Status">The HTTP status; 0 when no answer came (refused connection, reset, timeout).</param>
internal readonly record struct RequestSample(double Seconds, MixedOperation Operation, double Milliseconds, int Status)
{
    public bool Ok => Status is >= 200 and < 300;

    /// <summary>Whether it changed the store (a new trough); every other operation only reads.</summary>
    public bool IsWrite => Operation == MixedOperation.NewTrough;
}
