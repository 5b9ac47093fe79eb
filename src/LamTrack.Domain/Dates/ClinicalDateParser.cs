using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using System.Text.RegularExpressions;
using NodaTime;
using NodaTime.Calendars;
using NodaTime.Text;

namespace LamTrack.Domain.Dates;

/// <summary>Parses the patient-file date notation into a <see cref="ClinicalDate"/>.</summary>
/// <remarks>
/// Accepted: <c>2016-03-14</c> (day), <c>2016-W20</c> (ISO week), <c>2016-03</c> (month), <c>2016</c> (year),
/// <c>2015-06..2016-02</c> (a window between two of the former; the window runs from the first's earliest
/// to the second's latest day). Anything else is rejected.
/// </remarks>
public static partial class ClinicalDateParser
{
    /// <summary>Tries to parse <paramref name="text"/>; on failure <paramref name="error"/> says why.</summary>
    public static bool TryParse(string? text, [NotNullWhen(true)] out ClinicalDate? date, [NotNullWhen(false)] out string? error)
    {
        date = null;
        error = null;
        if (TryParseIsoDay(text, out LocalDate day))
        {
            date = ClinicalDate.OnDay(day);
            return true;
        }

        if (string.IsNullOrWhiteSpace(text))
        {
            error = "a date is required";
            return false;
        }

        string[] parts = text.Trim().Split("..");
        if (parts.Length > 2)
        {
            error = $"'{text}' has more than one '..'";
            return false;
        }

        return parts.Length == 1 ? TryParseSingle(parts[0], out date, out error) : TryParseWindow(parts, out date, out error);
    }

    // Almost every date in a registry is a plain YYYY-MM-DD: read it by hand, without the general pattern's allocations.
    private static bool TryParseIsoDay(string? text, out LocalDate day)
    {
        day = default;
        if (text is not { Length: 10 } || text[4] != '-' || text[7] != '-'
            || !TryDigits(text.AsSpan(0, 4), out int year) || !TryDigits(text.AsSpan(5, 2), out int month) || !TryDigits(text.AsSpan(8, 2), out int dayOfMonth)
            || year < 1 || month is < 1 or > 12 || dayOfMonth < 1 || dayOfMonth > CalendarSystem.Iso.GetDaysInMonth(year, month))
        {
            return false;
        }

        day = new LocalDate(year, month, dayOfMonth);
        return true;
    }

    private static bool TryDigits(ReadOnlySpan<char> text, out int value)
    {
        value = 0;
        foreach (char c in text)
        {
            if (c is < '0' or > '9')
            {
                return false;
            }

            value = (value * 10) + (c - '0');
        }

        return true;
    }

    private static bool TryParseWindow(string[] parts, out ClinicalDate? date, out string? error)
    {
        date = null;
        if (!TryParseSingle(parts[0], out ClinicalDate? from, out error) || !TryParseSingle(parts[1], out ClinicalDate? to, out error))
        {
            return false;
        }

        if (to.Latest < from.Earliest)
        {
            error = $"window '{parts[0]}..{parts[1]}' ends before it starts";
            return false;
        }

        date = ClinicalDate.Between(from.Earliest, to.Latest);
        return true;
    }

    private static bool TryParseSingle(string text, [NotNullWhen(true)] out ClinicalDate? date, [NotNullWhen(false)] out string? error)
    {
        date = Single(text.Trim());
        error = date is null ? $"'{text}' is not a date (use YYYY-MM-DD, YYYY-Www, YYYY-MM or YYYY)" : null;
        return date is not null;
    }

    private static ClinicalDate? Single(string text)
    {
        if (LocalDatePattern.Iso.Parse(text) is { Success: true } day)
        {
            return ClinicalDate.OnDay(day.Value);
        }

        if (WeekRegex().Match(text) is { Success: true } week)
        {
            return Week(int.Parse(week.Groups[1].Value, CultureInfo.InvariantCulture), int.Parse(week.Groups[2].Value, CultureInfo.InvariantCulture));
        }

        if (YearMonthPattern.Iso.Parse(text) is { Success: true } month)
        {
            return ClinicalDate.InMonth(month.Value);
        }

        return YearRegex().IsMatch(text) ? ClinicalDate.InYear(int.Parse(text, CultureInfo.InvariantCulture)) : null;
    }

    private static ClinicalDate? Week(int year, int week)
    {
        if (week < 1 || week > WeekYearRules.Iso.GetWeeksInWeekYear(year))
        {
            return null;
        }

        return ClinicalDate.InWeekOf(WeekYearRules.Iso.GetLocalDate(year, week, IsoDayOfWeek.Monday));
    }

    [GeneratedRegex(@"^(\d{4})-W(\d{2})$")]
    private static partial Regex WeekRegex();

    [GeneratedRegex(@"^\d{4}$")]
    private static partial Regex YearRegex();
}
