using LamTrack.Domain.Dates;
using LamTrack.Domain.Events;
using LamTrack.Domain.Provenance;
using LamTrack.Measures.Quantities;
using NodaTime;

namespace LamTrack.Domain.Tests.Events;

public sealed class SirolimusCourseTests
{
    private static readonly SourceReference s_source = new("test", "unit test", ProvenanceBasis.Stated);

    private static SirolimusCourse Case4Like() => new("srl", ClinicalDate.OnDay(new LocalDate(2015, 1, 1)), s_source)
    {
        StartingDose = DailyDose.FromMilligramsPerDay(2),
        DoseChanges =
        [
            new DoseChange("d1", ClinicalDate.OnDay(new LocalDate(2016, 1, 15)), s_source, DailyDose.FromMilligramsPerDay(1)),
            new DoseChange("d2", ClinicalDate.OnDay(new LocalDate(2016, 6, 15)), s_source, DailyDose.FromMilligramsPerDay(2)),
        ],
        Stop = ClinicalDate.OnDay(new LocalDate(2018, 1, 1)),
    };

    [Theory]
    [InlineData(2015, 6, 1, 2.0)] // on the starting dose
    [InlineData(2016, 3, 1, 1.0)] // after the reduction for toxicity
    [InlineData(2016, 7, 1, 2.0)] // after the increase for a low level
    public void DoseOn_AfterChanges_ReturnsDoseInEffect(int y, int m, int d, double expectedMgPerDay) =>
        Assert.Equal(expectedMgPerDay, Case4Like().DoseOn(new LocalDate(y, m, d))!.Value.ToMilligramsPerDay());

    [Theory]
    [InlineData(2014, 12, 31)] // the day before the start
    [InlineData(2018, 1, 1)] // the stop day itself: the interval is half-open
    public void IsActiveOn_OutsideHalfOpenInterval_IsFalse(int y, int m, int d)
    {
        Assert.False(Case4Like().IsActiveOn(new LocalDate(y, m, d)));
        Assert.Null(Case4Like().DoseOn(new LocalDate(y, m, d)));
    }

    [Fact]
    public void IsActiveOn_StartDay_IsTrue() => Assert.True(Case4Like().IsActiveOn(new LocalDate(2015, 1, 1)));
}
