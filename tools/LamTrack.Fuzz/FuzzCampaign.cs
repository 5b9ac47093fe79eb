using System.Diagnostics;

namespace LamTrack.Fuzz;

/// <summary>Runs one target on mutants of its seeds for a number of executions or a time budget, whichever ends first,
/// and collects every crash and every input slower than the per-input bound.</summary>
public static class FuzzCampaign
{
    /// <summary>The result of a campaign on one target.</summary>
    /// <param name="Target">The parser.</param>
    /// <param name="Executions">Inputs run.</param>
    /// <param name="Elapsed">Wall time.</param>
    /// <param name="Slowest">The longest single execution.</param>
    /// <param name="Findings">Crashes and slow inputs (at most <see cref="MaxFindings"/> kept).</param>
    public sealed record Result(string Target, long Executions, TimeSpan Elapsed, TimeSpan Slowest, IReadOnlyList<FuzzFinding> Findings);

    /// <summary>The most findings kept per target.</summary>
    public const int MaxFindings = 20;

    /// <summary>Runs <paramref name="target"/>.</summary>
    /// <param name="target">The parser.</param>
    /// <param name="seed">The mutation seed.</param>
    /// <param name="executions">The most inputs to run.</param>
    /// <param name="budget">The most wall time to spend.</param>
    /// <param name="perInput">An input that takes longer is a finding (a hang, or a time bomb).</param>
    public static async Task<Result> RunAsync(FuzzTarget target, ulong seed, long executions, TimeSpan budget, TimeSpan perInput)
    {
        ArgumentNullException.ThrowIfNull(target);
        var mutator = new Mutator(seed);
        var findings = new List<FuzzFinding>();
        var clock = Stopwatch.StartNew();
        TimeSpan slowest = TimeSpan.Zero;
        long n = 0;
        for (; n < executions && clock.Elapsed < budget; n++)
        {
            byte[] input = n < target.Seeds.Count ? target.Seeds[(int)n] : Mutant(target, mutator);
            long start = clock.ElapsedTicks;
            string? crash = await ExecuteAsync(target, input).ConfigureAwait(false);
            TimeSpan took = TimeSpan.FromTicks((long)((clock.ElapsedTicks - start) * (TimeSpan.TicksPerSecond / (double)Stopwatch.Frequency)));
            slowest = took > slowest ? took : slowest;
            // The first execution pays the parsers' one-time start-up (the FHIR SDK's model inspection, JIT): not a hang.
            bool slow = n > 0 && took > perInput;
            if (findings.Count < MaxFindings && (crash is not null || slow))
            {
                findings.Add(new FuzzFinding(target.Name, n, crash is null ? "slow" : "crash", crash ?? $"{took.TotalMilliseconds:F0} ms", input));
            }
        }

        return new Result(target.Name, n, clock.Elapsed, slowest, findings);
    }

    /// <summary>Runs one target on several threads at once, each on its own copy of the target (its own scratch file)
    /// and its own mutation stream (seed, seed + 1, …), and adds their executions up.</summary>
    /// <param name="copies">One copy of the target per thread.</param>
    /// <param name="seed">The first thread's mutation seed.</param>
    /// <param name="executions">The most inputs to run, over all threads.</param>
    /// <param name="budget">The most wall time to spend.</param>
    /// <param name="perInput">An input that takes longer is a finding.</param>
    public static async Task<Result> RunParallelAsync(IReadOnlyList<FuzzTarget> copies, ulong seed, long executions, TimeSpan budget, TimeSpan perInput)
    {
        ArgumentNullException.ThrowIfNull(copies);
        var clock = Stopwatch.StartNew();
        // Each copy is started on the thread pool, so the CPU-bound campaigns run side by side.
        Result[] results = await Task.WhenAll(copies.Select((copy, k) =>
            Task.Run(() => RunAsync(copy, seed + (ulong)k, Share(executions, copies.Count, k), budget, perInput)))).ConfigureAwait(false);
        return new Result(copies[0].Name, results.Sum(r => r.Executions), clock.Elapsed, results.Max(r => r.Slowest),
            [.. results.SelectMany(r => r.Findings).Take(MaxFindings)]);
    }

    private static long Share(long executions, int threads, int k) =>
        executions == long.MaxValue ? long.MaxValue : (executions / threads) + (k < executions % threads ? 1 : 0);

    private static byte[] Mutant(FuzzTarget target, Mutator mutator)
    {
        byte[] parent = target.Seeds[mutator.Next(target.Seeds.Count)];
        byte[] other = target.Seeds[mutator.Next(target.Seeds.Count)];
        return mutator.Mutate(parent, other);
    }

    private static async Task<string?> ExecuteAsync(FuzzTarget target, byte[] input)
    {
        try
        {
            await target.Run(input).ConfigureAwait(false);
            return null;
        }
        catch (Exception ex)
        {
            Exception inner = ex is AggregateException a ? a.Flatten().InnerExceptions[0] : ex;
            string frame = inner.StackTrace?.Split('\n').FirstOrDefault(l => l.Contains("LamTrack", StringComparison.Ordinal))?.Trim() ?? string.Empty;
            return $"{inner.GetType().FullName}: {inner.Message.Split('\n')[0]} {frame}";
        }
    }
}
