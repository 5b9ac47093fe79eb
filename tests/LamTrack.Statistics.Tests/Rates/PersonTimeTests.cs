using LamTrack.Statistics.Rates;
using NodaTime;

namespace LamTrack.Statistics.Tests.Rates;

public sealed class PersonTimeTests
{
    [Fact]
    public void YearsFromDays_JulianYear_IsOne() => Assert.Equal(1.0, PersonTime.YearsFromDays(365.25));

    [Fact]
    public void YearsFrom_Duration_UsesDays() => Assert.Equal(2.0, PersonTime.YearsFrom(Duration.FromDays(730.5)));

    [Theory]
    [InlineData(-1.0)] // negative person-time
    [InlineData(double.NaN)] // missing person-time
    public void YearsFromDays_Invalid_Throws(double days) =>
        Assert.Throws<ArgumentOutOfRangeException>(() => PersonTime.YearsFromDays(days));
}
