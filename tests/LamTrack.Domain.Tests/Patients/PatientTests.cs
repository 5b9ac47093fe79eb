using LamTrack.Domain.Dates;
using LamTrack.Domain.Events;
using LamTrack.Domain.Patients;
using NodaTime;
using static LamTrack.Domain.Tests.TestRecords;

namespace LamTrack.Domain.Tests.Patients;

public sealed class PatientTests
{
    private static PneumothoraxEpisode Episode(string id, int year, int month) => new(id, Day(year, month, 1), Source, PneumothoraxSide.Left);

    [Fact]
    public void Constructor_EventsOutOfOrder_SortsByDateThenId()
    {
        var patient = new Patient("p", Document, [Episode("b", 2016, 1), Episode("c", 2015, 1), Episode("a", 2016, 1)]);
        Assert.Equal(["c", "a", "b"], patient.Events.Select(e => e.Id));
    }

    [Fact]
    public void EventsAndDoseChanges_TwoCourses_ListsTheEventsThenEachCoursesDoseChanges()
    {
        SirolimusCourse Course(string id, int year, params string[] changes) => new(id, Day(year, 1, 1), Source)
        {
            DoseChanges = [.. changes.Select((c, i) => new DoseChange(c, Day(year, 2 + i, 1), Source, Measures.Quantities.DailyDose.FromMilligramsPerDay(1)))],
        };
        var patient = new Patient("p", Document, [Course("c1", 2015, "d1", "d2"), Episode("e", 2016, 1), Course("c2", 2017, "d3")]);

        Assert.Equal(["c1", "e", "c2", "d1", "d2", "d3"], patient.EventsAndDoseChanges.Select(e => e.Id));
    }

    [Fact]
    public void EventsAndDoseChanges_NoCourse_ListsTheEvents()
    {
        var patient = new Patient("p", Document, [Episode("a", 2015, 1), Episode("b", 2016, 1)]);
        Assert.Equal(["a", "b"], patient.EventsAndDoseChanges.Select(e => e.Id));
    }

    [Fact]
    public void Constructor_EventsInOrder_KeepsThem()
    {
        var patient = new Patient("p", Document, [Episode("a", 2015, 1), Episode("b", 2015, 1), Episode("a2", 2016, 1)]);
        Assert.Equal(["a", "b", "a2"], patient.Events.Select(e => e.Id));
    }

    [Fact]
    public void Constructor_MonthBeforeADayInIt_OrdersByClinicalDate()
    {
        var month = new PneumothoraxEpisode("m", ClinicalDate.InMonth(new YearMonth(2016, 3)), Source, PneumothoraxSide.Right);
        var patient = new Patient("p", Document, [Episode("d", 2016, 4), month]);
        Assert.Equal(["m", "d"], patient.Events.Select(e => e.Id));
    }
}
