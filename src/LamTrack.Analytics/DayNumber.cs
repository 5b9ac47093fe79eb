using LamTrack.Domain.Dates;
using NodaTime;

namespace LamTrack.Analytics;

/// <summary>Dates as integer day numbers (days since 0001-01-01), so that periods are integer arithmetic.</summary>
internal static class DayNumber
{
    public static int Of(LocalDate date) => date.ToDateOnly().DayNumber;

    /// <summary>The day number of <see cref="ClinicalDate.Midpoint"/>, without building the LocalDate: ⌊(earliest + latest) / 2⌋.</summary>
    public static int Mid(ClinicalDate date) => (Of(date.Earliest) + Of(date.Latest)) / 2;

    public static LocalDate ToDate(int day) => LocalDate.FromDateOnly(DateOnly.FromDayNumber(day));
}
