namespace LamTrack.Statistics.Rates;

/// <summary>The ratio of two incidence rates with its exact conditional confidence interval and p-value.</summary>
/// <remarks>
/// Build one with <see cref="ExactPoisson.RateRatio"/>. The estimate is (x₁/t₁)/(x₂/t₂): 0 when x₁ = 0, positive
/// infinity when x₂ = 0 (as R reports), and so is <see cref="ConfidenceInterval.Upper"/> then.
/// </remarks>
/// <param name="Numerator">The rate of the first (compared) period.</param>
/// <param name="Denominator">The rate of the second (reference) period.</param>
/// <param name="Estimate">The rate ratio, dimensionless.</param>
/// <param name="Interval">The exact conditional (Clopper–Pearson on the binomial split) interval.</param>
/// <param name="PValue">The exact two-sided p-value for a ratio of 1 (R's <c>binom.test</c> rule).</param>
public sealed record RateRatio(IncidenceRate Numerator, IncidenceRate Denominator, double Estimate, ConfidenceInterval Interval, double PValue);
