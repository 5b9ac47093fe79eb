using LamTrack.Testing;
using LamTrack.Web.Components.Charts;
using NodaTime;

namespace LamTrack.Web.Tests.Components.Charts;

public sealed class DateScaleTests
{
    [Fact]
    public void Map_StartAndEnd_LandOnThePixelEnds()
    {
        var scale = new DateScale(new LocalDate(2010, 1, 1), new LocalDate(2010, 12, 31), 100, 464);

        Tolerance.AssertClose(100, scale.Map(new LocalDate(2010, 1, 1)), 0, 1e-9);
        Tolerance.AssertClose(464, scale.Map(new LocalDate(2010, 12, 31)), 0, 1e-9);
        Tolerance.AssertClose(101, scale.Map(new LocalDate(2010, 1, 2)), 0, 1e-9);
    }

    [Fact]
    public void Ticks_SeveralYears_FallOnFirstJanuary()
    {
        var scale = new DateScale(new LocalDate(2006, 5, 1), new LocalDate(2010, 2, 1), 0, 1000);

        IReadOnlyList<DateTick> ticks = scale.Ticks();

        Assert.Equal(["2007", "2008", "2009", "2010"], ticks.Select(t => t.Label));
        Assert.All(ticks, t => Assert.Equal(1, t.Day.DayOfYear));
        Assert.Equal(ticks.Select(t => t.X).Order(), ticks.Select(t => t.X));
    }

    [Fact]
    public void Ticks_ManyYears_AreThinnedToTheMaximum()
    {
        var scale = new DateScale(new LocalDate(1990, 1, 1), new LocalDate(2020, 1, 1), 0, 1000);

        Assert.True(scale.Ticks(8).Count <= 8);
    }

    [Fact]
    public void Ticks_ShortSpan_FallOnMonthStarts()
    {
        var scale = new DateScale(new LocalDate(2016, 1, 15), new LocalDate(2016, 6, 20), 0, 1000);

        Assert.Equal(["2016-02", "2016-03", "2016-04", "2016-05", "2016-06"], scale.Ticks().Select(t => t.Label));
    }

    [Fact]
    public void Overlaps_PeriodAcrossTheStart_IsTrue_PeriodBefore_IsFalse()
    {
        var scale = new DateScale(new LocalDate(2016, 1, 1), new LocalDate(2016, 12, 31), 0, 1000);

        Assert.True(scale.Overlaps(new LocalDate(2015, 6, 1), new LocalDate(2016, 2, 1)));
        Assert.False(scale.Overlaps(new LocalDate(2015, 6, 1), new LocalDate(2015, 12, 31)));
    }
}
