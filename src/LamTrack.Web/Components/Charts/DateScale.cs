using NodaTime;

namespace LamTrack.Web.Components.Charts;

/// <summary>Maps calendar days onto a horizontal pixel range, with ticks at year or month starts.</summary>
/// <remarks>Days are counted from the domain start; the end day is included in the domain.</remarks>
public sealed class DateScale
{
    private readonly LinearScale _days;

    /// <summary>Creates a scale from [<paramref name="start"/>, <paramref name="end"/>] to [<paramref name="left"/>, <paramref name="right"/>] pixels.</summary>
    public DateScale(LocalDate start, LocalDate end, double left, double right)
    {
        if (end < start)
        {
            throw new ArgumentOutOfRangeException(nameof(end), end, "the end must not be before the start");
        }

        Start = start;
        End = end;
        _days = new LinearScale(0, Period.DaysBetween(start, end), left, right);
    }

    /// <summary>The first day shown.</summary>
    public LocalDate Start { get; }

    /// <summary>The last day shown.</summary>
    public LocalDate End { get; }

    /// <summary>The pixel position of a day.</summary>
    public double Map(LocalDate day) => _days.Map(Period.DaysBetween(Start, day));

    /// <summary>The pixel position of a day clamped into the domain.</summary>
    public double MapClamped(LocalDate day) => _days.MapClamped(Period.DaysBetween(Start, day));

    /// <summary>Whether the day lies in the domain.</summary>
    public bool Contains(LocalDate day) => day >= Start && day <= End;

    /// <summary>Whether [<paramref name="from"/>, <paramref name="to"/>] overlaps the domain.</summary>
    public bool Overlaps(LocalDate from, LocalDate to) => from <= End && to >= Start;

    /// <summary>Tick days: 1 January of each year, or of every n-th year, or month starts when the span is short.</summary>
    public IReadOnlyList<DateTick> Ticks(int maximumCount = 10)
    {
        int spanDays = Period.DaysBetween(Start, End);
        return spanDays > 2 * 365 ? YearTicks(maximumCount) : MonthTicks(maximumCount);
    }

    private List<DateTick> YearTicks(int maximumCount)
    {
        int years = End.Year - Start.Year + 1;
        int every = Math.Max(1, (int)Math.Ceiling(years / (double)maximumCount));
        List<DateTick> ticks = [];
        for (int year = Start.Year + 1; year <= End.Year; year++)
        {
            if (year % every == 0)
            {
                var day = new LocalDate(year, 1, 1);
                ticks.Add(new DateTick(day, Map(day), year.ToString(System.Globalization.CultureInfo.InvariantCulture)));
            }
        }

        return ticks;
    }

    private List<DateTick> MonthTicks(int maximumCount)
    {
        int months = ((End.Year - Start.Year) * 12) + End.Month - Start.Month + 1;
        int every = Math.Max(1, (int)Math.Ceiling(months / (double)maximumCount));
        List<DateTick> ticks = [];
        var month = new LocalDate(Start.Year, Start.Month, 1).PlusMonths(1);
        for (int index = 0; month <= End; month = month.PlusMonths(1), index++)
        {
            if (index % every == 0)
            {
                ticks.Add(new DateTick(month, Map(month), month.ToString("uuuu-MM", System.Globalization.CultureInfo.InvariantCulture)));
            }
        }

        return ticks;
    }
}
