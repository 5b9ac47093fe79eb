namespace LamTrack.Statistics.Rates;

/// <summary>A two-sided confidence interval [<see cref="Lower"/>, <see cref="Upper"/>] in the estimate's unit.</summary>
/// <remarks><see cref="Upper"/> may be positive infinity (an exact ratio with no event in its denominator period).</remarks>
/// <param name="Lower">The lower limit, ≥ 0 for rates and ratios.</param>
/// <param name="Upper">The upper limit, ≥ <paramref name="Lower"/>.</param>
/// <param name="Level">The confidence level as a fraction in (0, 1), e.g. 0.95.</param>
public readonly record struct ConfidenceInterval(double Lower, double Upper, double Level);
