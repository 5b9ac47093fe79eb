using NodaTime;

namespace LamTrack.Statistics.Rates;

/// <summary>Conversions between observed durations and person-years, the unit of every rate here.</summary>
/// <remarks>A person-year is 365.25 days of observation of one person (a Julian year).</remarks>
public static class PersonTime
{
    /// <summary>Days in one person-year.</summary>
    public const double DaysPerYear = 365.25;

    /// <summary>Person-years in a number of person-days.</summary>
    /// <param name="days">Person-days, finite and ≥ 0.</param>
    /// <exception cref="ArgumentOutOfRangeException">The value is negative or not finite.</exception>
    public static double YearsFromDays(double days) =>
        Measures.Guard.FiniteNonNegative(days, nameof(days), "d") / DaysPerYear;

    /// <summary>Person-years in an observed duration.</summary>
    /// <param name="duration">A non-negative duration.</param>
    /// <exception cref="ArgumentOutOfRangeException">The duration is negative.</exception>
    public static double YearsFrom(Duration duration) => YearsFromDays(duration.TotalDays);
}
