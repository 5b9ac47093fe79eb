using System.Globalization;

namespace LamTrack.Fuzz;

/// <summary>The command line of the fuzz campaign.</summary>
/// <param name="Executions">Executions per target.</param>
/// <param name="Budget">Wall time per target.</param>
/// <param name="Target">One target's name, or null for all.</param>
/// <param name="Seed">The mutation seed.</param>
/// <param name="FindingsFolder">Where crashing and slow inputs are saved.</param>
/// <param name="Threads">Threads per target, each with its own mutation stream (seed, seed + 1, …).</param>
public sealed record FuzzOptions(long Executions, TimeSpan Budget, string? Target, ulong Seed, string FindingsFolder, int Threads)
{
    /// <summary>Reads <c>--executions N --seconds S --target NAME --seed N --findings DIR --threads N</c>.</summary>
    public static FuzzOptions Parse(string[] args)
    {
        ArgumentNullException.ThrowIfNull(args);
        string? Value(string name) => Array.IndexOf(args, name) is int i and >= 0 && i + 1 < args.Length ? args[i + 1] : null;
        return new FuzzOptions(
            long.Parse(Value("--executions") ?? "1000000", CultureInfo.InvariantCulture),
            Value("--seconds") is { } s ? TimeSpan.FromSeconds(double.Parse(s, CultureInfo.InvariantCulture)) : TimeSpan.MaxValue,
            Value("--target"),
            ulong.Parse(Value("--seed") ?? "20261202", CultureInfo.InvariantCulture),
            Value("--findings") ?? "fuzz-findings",
            int.Parse(Value("--threads") ?? "1", CultureInfo.InvariantCulture));
    }
}
