namespace LamTrack.Fuzz;

/// <summary>An input on which a parser threw an unexpected exception or ran longer than its time bound.</summary>
/// <param name="Target">The parser.</param>
/// <param name="Execution">The execution number (replayable from the seed).</param>
/// <param name="Kind">"crash" or "slow".</param>
/// <param name="Detail">The exception type and message, or the time taken.</param>
/// <param name="Input">The input.</param>
public sealed record FuzzFinding(string Target, long Execution, string Kind, string Detail, byte[] Input);
