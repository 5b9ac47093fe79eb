using NodaTime;

namespace LamTrack.Analytics;

/// <summary>Dates as integer day numbers (days since 0001-01-01), so that periods are integer arithmetic.</summary>
internal static class DayNumber
{
    public static int Of(LocalDate date) => date.ToDateOnly().DayNumber;

    public static LocalDate ToDate(int day) => LocalDate.FromDateOnly(DateOnly.FromDayNumber(day));
}
