namespace LamTrack.Application.Pharmacokinetics;

/// <summary>The simulated trough distribution at one time, just before a dose.</summary>
/// <remarks>Percentiles come from a streaming histogram with bins of at most 1.6 %; the mean and the probabilities are exact counts.</remarks>
/// <param name="TimeHours">Time of the trough, h after the first dose.</param>
/// <param name="MeanNanogramsPerMillilitre">Mean trough, ng/mL.</param>
/// <param name="P05NanogramsPerMillilitre">5th percentile, ng/mL.</param>
/// <param name="P25NanogramsPerMillilitre">25th percentile, ng/mL.</param>
/// <param name="MedianNanogramsPerMillilitre">Median, ng/mL.</param>
/// <param name="P75NanogramsPerMillilitre">75th percentile, ng/mL.</param>
/// <param name="P95NanogramsPerMillilitre">95th percentile, ng/mL.</param>
/// <param name="ProbabilityBelow">Fraction below the window.</param>
/// <param name="ProbabilityInTarget">Fraction inside the window (probability of target attainment).</param>
/// <param name="ProbabilityAbove">Fraction above the window.</param>
public sealed record PkTroughDistribution(
    double TimeHours, double MeanNanogramsPerMillilitre, double P05NanogramsPerMillilitre, double P25NanogramsPerMillilitre, double MedianNanogramsPerMillilitre,
    double P75NanogramsPerMillilitre, double P95NanogramsPerMillilitre, double ProbabilityBelow, double ProbabilityInTarget, double ProbabilityAbove);
