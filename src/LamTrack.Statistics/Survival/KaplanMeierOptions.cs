namespace LamTrack.Statistics.Survival;

/// <summary>How a Kaplan–Meier curve's confidence intervals are built.</summary>
/// <remarks>The defaults are R's <c>survfit</c> defaults: a 95 % interval on the log scale.</remarks>
public sealed record KaplanMeierOptions
{
    /// <summary>R's defaults: <see cref="ConfidenceIntervalType.Log"/>, 95 %.</summary>
    public static KaplanMeierOptions Default { get; } = new();

    /// <summary>The interval's transformation; <see cref="ConfidenceIntervalType.Log"/> by default.</summary>
    public ConfidenceIntervalType IntervalType { get; init; } = ConfidenceIntervalType.Log;

    /// <summary>The two-sided confidence level as a fraction in (0, 1); 0.95 by default.</summary>
    public double ConfidenceLevel { get; init; } = 0.95;

    /// <summary>Whether near-equal times are merged as R does (<c>timefix = TRUE</c>, <c>aeqSurv</c>); true by default.</summary>
    /// <remarks>
    /// Distinct times closer than √ε ≈ 1.49·10⁻⁸, absolutely or relative to the mean absolute distinct time, are
    /// treated as one time, reported as the smallest of them, so that rounding error does not split a tie.
    /// </remarks>
    public bool MergeNearTies { get; init; } = true;
}
