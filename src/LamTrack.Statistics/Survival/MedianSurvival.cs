namespace LamTrack.Statistics.Survival;

/// <summary>The median survival time and its confidence limits, each null when the curve does not reach it.</summary>
/// <remarks>
/// Rule of R's <c>print.survfit</c>: the median is the first time at which S ≤ 0.5; when S equals 0.5 (within
/// √ε) over an interval, it is the midpoint of that time and the next time S drops. The lower and upper limits
/// apply the same rule to the lower and upper confidence curves. Times are in the caller's unit.
/// </remarks>
/// <param name="Median">The median time, or null when S never falls to 0.5.</param>
/// <param name="Lower">The lower confidence limit of the median, or null.</param>
/// <param name="Upper">The upper confidence limit of the median, or null.</param>
public readonly record struct MedianSurvival(double? Median, double? Lower, double? Upper);
