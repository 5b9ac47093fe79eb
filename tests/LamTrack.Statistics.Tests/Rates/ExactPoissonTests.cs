using LamTrack.Statistics.Rates;
using LamTrack.Testing;

namespace LamTrack.Statistics.Tests.Rates;

public sealed class ExactPoissonTests
{
    private const double Relative = 1e-9;
    private const double Absolute = 1e-300;

    [Fact]
    public void Rate_FixtureGrid_MatchesPoissonTest()
    {
        FixtureTable table = FixtureTable.Load("poisson_rate.csv");
        Assert.Equal(56, table.Rows.Count);
        foreach (string[] row in table.Rows)
        {
            IncidenceRate rate = ExactPoisson.Rate(
                (int)table.Required(row, "events"), table.Required(row, "person_years"), table.Required(row, "conf_level"));
            Tolerance.AssertClose(table.Required(row, "rate"), rate.PerPersonYear, Relative, Absolute);
            Tolerance.AssertClose(table.Required(row, "lower"), rate.Interval.Lower, Relative, Absolute);
            Tolerance.AssertClose(table.Required(row, "upper"), rate.Interval.Upper, Relative, Absolute);
        }
    }

    [Fact]
    public void RateRatio_FixtureCases_MatchPoissonTest()
    {
        FixtureTable table = FixtureTable.Load("poisson_rate_ratio.csv");
        foreach (string[] row in table.Rows)
        {
            RateRatio ratio = ExactPoisson.RateRatio(
                (int)table.Required(row, "events1"), table.Required(row, "person_years1"),
                (int)table.Required(row, "events2"), table.Required(row, "person_years2"), table.Required(row, "conf_level"));
            AssertCloseOrInfinite(table.Required(row, "ratio"), ratio.Estimate);
            Tolerance.AssertClose(table.Required(row, "lower"), ratio.Interval.Lower, Relative, Absolute);
            AssertCloseOrInfinite(table.Required(row, "upper"), ratio.Interval.Upper);
            Tolerance.AssertClose(table.Required(row, "p_value"), ratio.PValue, Relative, Absolute);
        }
    }

    [Fact]
    public void RateRatio_CaseSeriesShape_CarriesBothRates()
    {
        RateRatio ratio = ExactPoisson.RateRatio(1, 18.5, 23, 64.25);
        Assert.Equal(1, ratio.Numerator.Events);
        Assert.Equal(23, ratio.Denominator.Events);
        Tolerance.AssertClose(23 / 64.25, ratio.Denominator.PerPersonYear, 1e-15);
    }

    [Fact]
    public void RateRatio_NoEventsAtAll_Throws() =>
        Assert.Throws<ArgumentException>(() => ExactPoisson.RateRatio(0, 1.0, 0, 2.0));

    [Theory]
    [InlineData(-1, 1.0)] // a negative count
    [InlineData(1, 0.0)] // no person-time
    [InlineData(1, double.PositiveInfinity)] // unbounded person-time
    [InlineData(1, double.NaN)] // missing person-time
    public void Rate_InvalidInput_Throws(int events, double personYears) =>
        Assert.Throws<ArgumentOutOfRangeException>(() => ExactPoisson.Rate(events, personYears));

    [Theory]
    [InlineData(0.0)] // no coverage
    [InlineData(1.0)] // certainty has no finite interval
    public void Rate_LevelOutOfRange_Throws(double level) =>
        Assert.Throws<ArgumentOutOfRangeException>(() => ExactPoisson.Rate(3, 2.0, level));

    private static void AssertCloseOrInfinite(double expected, double actual)
    {
        if (double.IsInfinity(expected))
        {
            Assert.Equal(expected, actual);
            return;
        }

        Tolerance.AssertClose(expected, actual, Relative, Absolute);
    }
}
