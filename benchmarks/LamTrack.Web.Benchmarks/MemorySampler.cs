namespace LamTrack.Web.Benchmarks;

/// <summary>Reads the server's resident memory every few seconds while the load runs.</summary>
internal static class MemorySampler
{
    /// <summary>Samples <paramref name="resident"/> every <paramref name="every"/> until <paramref name="stop"/> is cancelled.</summary>
    public static async Task<List<MemorySample>> RunAsync(Func<double> resident, Func<double> clock, TimeSpan every, CancellationToken stop)
    {
        var samples = new List<MemorySample>();
        using var timer = new PeriodicTimer(every);
        try
        {
            while (await timer.WaitForNextTickAsync(stop))
            {
                samples.Add(new MemorySample(clock(), resident()));
            }
        }
        catch (OperationCanceledException)
        {
            // The load ended.
        }

        return samples;
    }
}
