using NodaTime;

namespace LamTrack.Analytics.Exposure;

/// <summary>A half-open stretch of follow-up, [<see cref="Start"/>, <see cref="End"/>), with one exposure.</summary>
/// <param name="Kind">The exposure.</param>
/// <param name="Start">The first day (inclusive).</param>
/// <param name="End">The day after the last day (exclusive).</param>
/// <param name="CourseId">The sirolimus course for <see cref="ExposureKind.On"/>; otherwise null.</param>
public sealed record ExposurePeriod(ExposureKind Kind, LocalDate Start, LocalDate End, string? CourseId)
{
    /// <summary>The length in days.</summary>
    public int Days => Period.DaysBetween(Start, End);
}
