using System.Globalization;
using NodaTime;
using NodaTime.Calendars;

namespace LamTrack.Domain.Dates;

/// <summary>A date as a source gives it: the interval it fixes, its precision, and the words used.</summary>
/// <remarks>
/// The interval is closed, [<see cref="Earliest"/>, <see cref="Latest"/>]; a day-precise date has
/// Earliest = Latest. Precision is never invented: "4 months ago" is a month-precise, approximate date
/// with <see cref="Stated"/> = "4 months ago". Computations that need one day use <see cref="Midpoint"/>.
/// Ordering compares midpoints, then earliest dates.
/// </remarks>
public sealed record ClinicalDate : IComparable<ClinicalDate>
{
    private ClinicalDate(LocalDate earliest, LocalDate latest, DatePrecision precision)
    {
        if (latest < earliest)
        {
            throw new ArgumentOutOfRangeException(nameof(latest), latest, $"must not be before {earliest}");
        }

        Earliest = earliest;
        Latest = latest;
        Precision = precision;
        // Most dates are day-precise; the period arithmetic is only needed for an interval.
        Midpoint = latest == earliest ? earliest : earliest.PlusDays(Period.DaysBetween(earliest, latest) / 2);
    }

    /// <summary>The first day the date may fall on.</summary>
    public LocalDate Earliest { get; }

    /// <summary>The last day the date may fall on (inclusive).</summary>
    public LocalDate Latest { get; }

    /// <summary>How precisely the source fixes the date.</summary>
    public DatePrecision Precision { get; }

    /// <summary>Whether the source itself says the date is approximate ("about", "over the next 3 years").</summary>
    public bool IsApproximate { get; init; }

    /// <summary>The source's own words for the date, when they are not a calendar date.</summary>
    public string? Stated { get; init; }

    /// <summary>The middle day of the interval, rounded down; the single day used in computations.</summary>
    /// <remarks>Computed once: analytics over large cohorts call it for every event.</remarks>
    public LocalDate Midpoint { get; }

    /// <summary>A day-precise date.</summary>
    public static ClinicalDate OnDay(LocalDate day) => new(day, day, DatePrecision.Day);

    /// <summary>The ISO week starting on the Monday on or before <paramref name="day"/>.</summary>
    public static ClinicalDate InWeekOf(LocalDate day)
    {
        LocalDate monday = day.PlusDays(-((int)day.DayOfWeek - 1));
        return new(monday, monday.PlusDays(6), DatePrecision.Week);
    }

    /// <summary>A calendar month.</summary>
    public static ClinicalDate InMonth(YearMonth month) =>
        new(month.OnDayOfMonth(1), month.OnDayOfMonth(1).PlusMonths(1).PlusDays(-1), DatePrecision.Month);

    /// <summary>A calendar year.</summary>
    public static ClinicalDate InYear(int year) => new(new LocalDate(year, 1, 1), new LocalDate(year, 12, 31), DatePrecision.Year);

    /// <summary>A window: the date lies somewhere in [<paramref name="earliest"/>, <paramref name="latest"/>].</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="latest"/> is before <paramref name="earliest"/>.</exception>
    public static ClinicalDate Between(LocalDate earliest, LocalDate latest) => new(earliest, latest, DatePrecision.Window);

    /// <summary>Whether this date is certainly before <paramref name="other"/> (no overlap).</summary>
    public bool IsCertainlyBefore(ClinicalDate other) => Latest < other.Earliest;

    /// <summary>Days from this date's midpoint to <paramref name="other"/>'s midpoint (negative when other is earlier).</summary>
    public int DaysUntil(ClinicalDate other) => Period.DaysBetween(Midpoint, other.Midpoint);

    private static int Compare(ClinicalDate? left, ClinicalDate? right) =>
        left is null ? (right is null ? 0 : -1) : left.CompareTo(right);

    /// <inheritdoc/>
    public int CompareTo(ClinicalDate? other)
    {
        if (other is null)
        {
            return 1;
        }

        int byMid = Midpoint.CompareTo(other.Midpoint);
        return byMid != 0 ? byMid : Earliest.CompareTo(other.Earliest);
    }

    /// <summary>Whether <paramref name="left"/> sorts before <paramref name="right"/>.</summary>
    public static bool operator <(ClinicalDate? left, ClinicalDate? right) => Compare(left, right) < 0;

    /// <summary>Whether <paramref name="left"/> sorts after <paramref name="right"/>.</summary>
    public static bool operator >(ClinicalDate? left, ClinicalDate? right) => Compare(left, right) > 0;

    /// <summary>Whether <paramref name="left"/> sorts before or with <paramref name="right"/>.</summary>
    public static bool operator <=(ClinicalDate? left, ClinicalDate? right) => Compare(left, right) <= 0;

    /// <summary>Whether <paramref name="left"/> sorts after or with <paramref name="right"/>.</summary>
    public static bool operator >=(ClinicalDate? left, ClinicalDate? right) => Compare(left, right) >= 0;

    /// <summary>The date in the patient file notation: day, ISO week, month, year or a window.</summary>
    public override string ToString() => Precision switch
    {
        DatePrecision.Day => Earliest.ToString("uuuu-MM-dd", CultureInfo.InvariantCulture),
        DatePrecision.Week => string.Create(CultureInfo.InvariantCulture, $"{WeekYearRules.Iso.GetWeekYear(Earliest)}-W{WeekYearRules.Iso.GetWeekOfWeekYear(Earliest):00}"),
        DatePrecision.Month => Earliest.ToString("uuuu-MM", CultureInfo.InvariantCulture),
        DatePrecision.Year => Earliest.ToString("uuuu", CultureInfo.InvariantCulture),
        _ => WindowText(),
    };

    // Windows print at the coarsest grain that states them exactly, so files stay as a person wrote them.
    private string WindowText()
    {
        bool monthAligned = Earliest.Day == 1 && Latest.PlusDays(1).Day == 1;
        bool yearAligned = monthAligned && Earliest.Month == 1 && Latest.Month == 12;
        string format = yearAligned ? "uuuu" : monthAligned ? "uuuu-MM" : "uuuu-MM-dd";
        return $"{Earliest.ToString(format, CultureInfo.InvariantCulture)}..{Latest.ToString(format, CultureInfo.InvariantCulture)}";
    }
}
