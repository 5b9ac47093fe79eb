using LamTrack.Domain.Dates;
using NodaTime;

namespace LamTrack.Domain.Tests.Dates;

public sealed class ClinicalDateParserTests
{
    [Theory]
    [InlineData("2016-03-14", DatePrecision.Day, "2016-03-14", "2016-03-14")] // a calendar day
    [InlineData("2016-02-29", DatePrecision.Day, "2016-02-29", "2016-02-29")] // a leap day
    [InlineData("2014-W37", DatePrecision.Week, "2014-09-08", "2014-09-14")] // "20th week of gestation" resolved to an ISO week
    [InlineData("2016-03", DatePrecision.Month, "2016-03-01", "2016-03-31")] // "four months ago"
    [InlineData("2006", DatePrecision.Year, "2006-01-01", "2006-12-31")] // "8 years ago"
    [InlineData("2015-06..2015-12", DatePrecision.Window, "2015-06-01", "2015-12-31")] // only a window is known
    [InlineData("2006..2008", DatePrecision.Window, "2006-01-01", "2008-12-31")] // a window of years
    [InlineData("2014-12-08..2015-01-04", DatePrecision.Window, "2014-12-08", "2015-01-04")] // a window of days
    public void TryParse_ValidNotation_KeepsPrecisionAndInterval(string text, DatePrecision precision, string earliest, string latest)
    {
        Assert.True(ClinicalDateParser.TryParse(text, out ClinicalDate? date, out _));
        Assert.Equal(precision, date!.Precision);
        Assert.Equal(earliest, date.Earliest.ToString("uuuu-MM-dd", null));
        Assert.Equal(latest, date.Latest.ToString("uuuu-MM-dd", null));
        Assert.Equal(text, date.ToString());
        Assert.True(ClinicalDateParser.TryParse(date.ToString(), out ClinicalDate? again, out _));
        Assert.Equal((date.Earliest, date.Latest, date.Precision), (again!.Earliest, again.Latest, again.Precision));
    }

    [Theory]
    [InlineData("2015-13-45")] // no such month or day
    [InlineData("2015-02-29")] // not a leap year: the hand-read day must check the calendar
    [InlineData("2016-04-31")] // April has 30 days
    [InlineData("2016-0a-01")] // a letter where a digit belongs
    [InlineData("yesterday")] // words are kept in "stated", never parsed
    [InlineData("2016-W60")] // no such ISO week
    [InlineData("2016-05..2016-01")] // window ends before it starts
    [InlineData("")] // empty
    public void TryParse_InvalidNotation_ReturnsReason(string text)
    {
        Assert.False(ClinicalDateParser.TryParse(text, out _, out string? error));
        Assert.False(string.IsNullOrWhiteSpace(error));
    }

    [Fact]
    public void Midpoint_MonthPrecision_IsMiddleDay() =>
        Assert.Equal(new LocalDate(2016, 3, 16), ClinicalDate.InMonth(new YearMonth(2016, 3)).Midpoint);

    [Fact]
    public void IsCertainlyBefore_OverlappingMonthAndDay_IsFalse()
    {
        ClinicalDate month = ClinicalDate.InMonth(new YearMonth(2016, 3));
        ClinicalDate day = ClinicalDate.OnDay(new LocalDate(2016, 3, 2));
        Assert.False(month.IsCertainlyBefore(day));
        Assert.True(ClinicalDate.InYear(2015).IsCertainlyBefore(day));
    }

    [Fact]
    public void CompareTo_OrdersByMidpoint()
    {
        ClinicalDate early = ClinicalDate.InYear(2015);
        ClinicalDate late = ClinicalDate.OnDay(new LocalDate(2015, 12, 1));
        Assert.True(early < late);
        Assert.True(late > early);
    }
}
