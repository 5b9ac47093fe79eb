namespace LamTrack.Statistics.Benchmarks;

/// <summary>Deterministic synthetic survival data for benchmarks.</summary>
internal static class SyntheticCohort
{
    /// <summary>Weibull(shape 1.3, scale 40) times rounded to 4 decimals; 70 % events.</summary>
    public static (double[] Times, bool[] Events) Weibull(int subjects, int seed)
    {
        var random = new Random(seed);
        var times = new double[subjects];
        var events = new bool[subjects];
        for (int i = 0; i < subjects; i++)
        {
            double u = 1.0 - random.NextDouble();
            times[i] = Math.Round(40 * Math.Pow(-Math.Log(u), 1 / 1.3), 4);
            events[i] = random.NextDouble() < 0.7;
        }

        return (times, events);
    }
}
