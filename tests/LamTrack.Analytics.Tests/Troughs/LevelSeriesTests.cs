using LamTrack.Analytics.Troughs;
using LamTrack.Domain.Events;
using LamTrack.Testing;
using static LamTrack.Analytics.Tests.TestPatients;

namespace LamTrack.Analytics.Tests.Troughs;

public sealed class LevelSeriesTests
{
    private static readonly TroughBand s_threeToTen = new("3-10", 3, 10, "test");

    [Theory]
    [InlineData(2, 12, 0.7)] // rises through the band: from 3 to 10 is 7 of 10 units
    [InlineData(12, 2, 0.7)] // the same falling
    [InlineData(4, 8, 1.0)] // wholly inside
    [InlineData(11, 20, 0.0)] // wholly above
    [InlineData(5, 5, 1.0)] // flat inside
    public void FractionInBand_StraightSegment_IsRosendaalShare(double from, double to, double expected) =>
        Tolerance.AssertClose(expected, LevelSeries.FractionInBand(from, to, s_threeToTen), 1e-12, 1e-12);

    [Fact]
    public void TimeIn_CarryForwardAndLinear_DifferAsExpected()
    {
        // Troughs of 2 and 12 ng/mL ten days apart; the course runs ten more days after the second.
        var index = TroughIndex.Build(Patient(Day(2020, 12, 31), Trough("t2", Day(2020, 1, 21), 12), Trough("t1", Day(2020, 1, 11), 2)));
        int start = DayNumber.Of(new NodaTime.LocalDate(2020, 1, 1));
        var locf = LevelSeries.Build(index, start, start + 30, LevelInterpolation.CarryForward);
        var linear = LevelSeries.Build(index, start, start + 30, LevelInterpolation.Linear);
        // Known from day 10 to 30: 20 days. Carry-forward: 2 (out) for 10 days, then 12 (out) for 10 days.
        Assert.Equal((20.0, 0.0), locf.TimeIn(s_threeToTen));
        // Linear: 7 of the 10 rising days are in 3-10; after the last trough 12 is carried (out of band).
        (double known, double inBand) = linear.TimeIn(s_threeToTen);
        Assert.Equal(20.0, known);
        Tolerance.AssertClose(7.0, inBand, 1e-12);
        Assert.Null(locf.LevelAt(start + 5));
        Tolerance.AssertClose(7.0, linear.LevelAt(start + 15)!.Value, 1e-12);
    }

    [Fact]
    public void NanogramsPerMillilitre_AboveLimit_LiesOutsideBandEndingAtLimit()
    {
        var above = TroughResult.Above(LamTrack.Measures.Units.Measurement.Create(15, "ng/mL"));
        var label = new TroughBand("5-15", 5, 15, "test");
        Assert.False(label.Contains(LevelSeries.NanogramsPerMillilitre(above)));
    }

    [Theory]
    [InlineData("target:4-8", "target", 4, 8)] // named band
    [InlineData("2.5-7.5", "2.5-7.5", 2.5, 7.5)] // the range is its own name
    public void Parse_ValidText_ReadsNameAndBounds(string text, string name, double low, double high)
    {
        var band = TroughBand.Parse(text);
        Assert.Equal((name, low, high), (band.Name, band.LowNanogramsPerMillilitre, band.HighNanogramsPerMillilitre));
    }

    [Theory]
    [InlineData("x:8-4")] // inverted bounds
    [InlineData("x:abc")] // no range
    [InlineData("x:-1-4")] // negative lower bound
    public void Parse_InvalidText_Throws(string text) => Assert.Throws<FormatException>(() => TroughBand.Parse(text));
}
