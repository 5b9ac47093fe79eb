using LamTrack.Analytics.Exposure;
using static LamTrack.Analytics.Tests.TestPatients;

namespace LamTrack.Analytics.Tests.Exposure;

public sealed class ExposureTimelineTests
{
    [Fact]
    public void Build_TwoCoursesWithGap_CutsBeforeOnInterruptedOnAfter()
    {
        var patient = Patient(Day(2020, 12, 31),
            Episode("e1", Day(2020, 1, 1)),
            Course("c1", Day(2020, 3, 1), Day(2020, 6, 1)),
            Course("c2", Day(2020, 8, 1), Day(2020, 10, 1)));
        var timeline = ExposureTimeline.Build(patient, DayNumber.Of(new NodaTime.LocalDate(2020, 1, 1)));
        Assert.Equal(
            [ExposureKind.Before, ExposureKind.On, ExposureKind.Interrupted, ExposureKind.On, ExposureKind.After],
            timeline.Segments.Select(s => s.Kind));
        // Before: 1 Jan to 1 Mar 2020 (leap year) is 60 days; the last day observed is 31 Dec, so the end is 1 Jan 2021.
        Assert.Equal(60, timeline.Segments[0].End - timeline.Segments[0].Start);
        Assert.Equal(366, timeline.End - timeline.ObservationStart);
    }

    [Fact]
    public void Build_NeverTreated_IsAllBefore()
    {
        var patient = Patient(Day(2021, 1, 1), Episode("e1", Day(2020, 1, 1)));
        var timeline = ExposureTimeline.Build(patient, DayNumber.Of(new NodaTime.LocalDate(2020, 1, 1)));
        var only = Assert.Single(timeline.Segments);
        Assert.Equal(ExposureKind.Before, only.Kind);
        Assert.Null(timeline.FirstSirolimusStart);
    }

    [Fact]
    public void Build_OngoingCourse_HasNoAfter()
    {
        var patient = Patient(Day(2021, 1, 1), Episode("e1", Day(2020, 1, 1)), Course("c1", Day(2020, 2, 1)));
        var timeline = ExposureTimeline.Build(patient, DayNumber.Of(new NodaTime.LocalDate(2020, 1, 1)));
        Assert.Equal([ExposureKind.Before, ExposureKind.On], timeline.Segments.Select(s => s.Kind));
    }
}
