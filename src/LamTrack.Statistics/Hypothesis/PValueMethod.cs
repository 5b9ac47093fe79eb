namespace LamTrack.Statistics.Hypothesis;

/// <summary>How a test's p-value was obtained.</summary>
public enum PValueMethod
{
    /// <summary>From the exact null distribution of the statistic.</summary>
    Exact = 1,

    /// <summary>From the normal approximation with continuity and tie corrections.</summary>
    NormalApproximation = 2,
}
