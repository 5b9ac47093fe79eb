using LamTrack.Storage.Conversions;
using NodaTime;

namespace LamTrack.Storage.Tests.Conversions;

public sealed class LocalDateToIsoTextConverterTests
{
    [Theory]
    [InlineData(2012, 6, 14, "2012-06-14")] // an ordinary date
    [InlineData(1, 1, 1, "0001-01-01")] // the first year the fixed-width text holds
    [InlineData(9999, 12, 31, "9999-12-31")] // the last
    [InlineData(2016, 2, 29, "2016-02-29")] // a leap day
    public void ConvertToProvider_IsoDate_WritesFixedWidthIsoText(int year, int month, int day, string expected)
    {
        var converter = new LocalDateToIsoTextConverter();

        Assert.Equal(expected, converter.ConvertToProvider(new LocalDate(year, month, day)));
        Assert.Equal(new LocalDate(year, month, day), converter.ConvertFromProvider(expected));
    }

    [Fact]
    public void ConvertToProvider_JulianCalendarDate_StoresTheIsoEquivalent()
    {
        var converter = new LocalDateToIsoTextConverter();
        LocalDate julian = new LocalDate(2012, 6, 1, CalendarSystem.Julian);

        Assert.Equal("2012-06-14", converter.ConvertToProvider(julian));
    }
}
