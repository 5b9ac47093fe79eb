using LamTrack.Statistics.Survival;

namespace LamTrack.Application.Statistics;

/// <summary>What a user reads off a fitted Kaplan–Meier curve, in the time unit of the input file.</summary>
/// <param name="SubjectCount">Subjects in the input.</param>
/// <param name="EventCount">Events among them.</param>
/// <param name="DistinctTimes">Rows of the written table (distinct times).</param>
/// <param name="MedianTime">The median survival time as R's survfit gives it (the midpoint where S is exactly 0.5 over an interval), or null when S never falls to 0.5.</param>
/// <param name="MedianLower">Lower confidence limit of the median (as R's survfit), or null when not reached.</param>
/// <param name="MedianUpper">Upper confidence limit of the median, or null when not reached.</param>
/// <param name="ConfidenceLevel">The two-sided confidence level of the limits, in (0, 1).</param>
public sealed record KaplanMeierSummary(int SubjectCount, int EventCount, int DistinctTimes, double? MedianTime, double? MedianLower, double? MedianUpper, double ConfidenceLevel)
{
    /// <summary>The summary of <paramref name="curve"/>.</summary>
    public static KaplanMeierSummary Of(KaplanMeierCurve curve)
    {
        ArgumentNullException.ThrowIfNull(curve);
        MedianSurvival median = curve.Median();
        return new KaplanMeierSummary(curve.SubjectCount, curve.EventCount, curve.Count, median.Median, median.Lower, median.Upper, curve.Options.ConfidenceLevel);
    }
}
