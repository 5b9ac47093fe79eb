namespace LamTrack.Pharmacokinetics.Simulation;

/// <summary>The simulated trough distribution at one time.</summary>
/// <remarks>
/// Concentrations in ng/mL. Percentiles come from a streaming histogram with 64 bins per doubling (bin width ≤ 1.6 %,
/// linear interpolation inside a bin) between 2^-10 and 2^10 ng/mL; the mean and the probabilities are exact counts.
/// </remarks>
/// <param name="TimeHours">Time of the trough, h after the first dose.</param>
/// <param name="Mean">Mean trough, ng/mL.</param>
/// <param name="P05">5th percentile, ng/mL.</param>
/// <param name="P25">25th percentile, ng/mL.</param>
/// <param name="Median">Median, ng/mL.</param>
/// <param name="P75">75th percentile, ng/mL.</param>
/// <param name="P95">95th percentile, ng/mL.</param>
/// <param name="ProbabilityBelow">Fraction below the target window.</param>
/// <param name="ProbabilityInTarget">Fraction inside the window [low, high] (probability of target attainment).</param>
/// <param name="ProbabilityAbove">Fraction above the window.</param>
public sealed record TroughSummary(
    double TimeHours, double Mean, double P05, double P25, double Median, double P75, double P95,
    double ProbabilityBelow, double ProbabilityInTarget, double ProbabilityAbove);
