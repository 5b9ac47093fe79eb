namespace LamTrack.Statistics.Hypothesis;

/// <summary>A paired t test: the mean difference with its 95 % interval, the t statistic and the two-sided p-value.</summary>
/// <param name="Difference">Mean of y − x with its interval and the number of pairs.</param>
/// <param name="T">t = mean difference / its standard error, with n − 1 degrees of freedom.</param>
/// <param name="PValue">Two-sided p-value.</param>
public sealed record PairedTTestResult(MeanEstimate Difference, double T, double PValue);
