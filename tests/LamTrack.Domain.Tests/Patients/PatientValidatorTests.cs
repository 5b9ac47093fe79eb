using LamTrack.Domain.Dates;
using LamTrack.Domain.Events;
using LamTrack.Domain.Patients;
using LamTrack.Domain.Provenance;
using LamTrack.Measures.Quantities;
using NodaTime;

namespace LamTrack.Domain.Tests.Patients;

public sealed class PatientValidatorTests
{
    private static readonly SourceReference s_source = new("test", "unit test", ProvenanceBasis.Stated);
    private static readonly SourceDocument s_document = new("test", "A unit test");

    private static ClinicalDate Day(int y, int m, int d) => ClinicalDate.OnDay(new LocalDate(y, m, d));

    private static Patient With(params ClinicalEvent[] events) => new("p1", s_document, events) { FollowUpEnd = Day(2018, 1, 1) };

    [Fact]
    public void Validate_ConsistentRecord_NoIssues() =>
        Assert.Empty(PatientValidator.Validate(With(new PneumothoraxEpisode("e1", Day(2015, 1, 1), s_source, PneumothoraxSide.Left) { Resolution = Day(2015, 1, 10) })));

    [Fact]
    public void Validate_ResolutionBeforeOnset_ReportsDom001() =>
        Assert.Equal(DomainIssueCodes.EndBeforeStart, Assert.Single(PatientValidator.Validate(With(
            new PneumothoraxEpisode("e1", Day(2015, 1, 10), s_source, PneumothoraxSide.Left) { Resolution = Day(2015, 1, 1) }))).Code);

    [Fact]
    public void Validate_DoseChangeBeforeCourseStart_ReportsDom002()
    {
        var course = new SirolimusCourse("c", Day(2015, 6, 1), s_source)
        {
            DoseChanges = [new DoseChange("d", Day(2015, 1, 1), s_source, DailyDose.FromMilligramsPerDay(1))],
        };
        DomainIssue issue = Assert.Single(PatientValidator.Validate(With(course)));
        Assert.Equal((DomainIssueCodes.DoseChangeOutsideCourse, "d"), (issue.Code, issue.EventId));
    }

    [Fact]
    public void Validate_EventAfterFollowUp_ReportsDom003() =>
        Assert.Equal(DomainIssueCodes.AfterFollowUp, Assert.Single(PatientValidator.Validate(With(
            new SixMinuteWalk("w", Day(2019, 1, 1), s_source, Distance.FromMetres(500))))).Code);

    [Fact]
    public void Validate_DoseChangeSharingAnEventId_ReportsDom004()
    {
        var course = new SirolimusCourse("c", Day(2015, 6, 1), s_source)
        {
            DoseChanges = [new DoseChange("x", Day(2015, 7, 1), s_source, DailyDose.FromMilligramsPerDay(1))],
        };
        DomainIssue issue = Assert.Single(PatientValidator.Validate(With(course, new SixMinuteWalk("x", Day(2016, 1, 1), s_source, Distance.FromMetres(500)))));
        Assert.Equal((DomainIssueCodes.DuplicateEventId, "x"), (issue.Code, issue.EventId));
    }

    [Fact]
    public void Validate_DuplicateIds_ReportsDom004() =>
        Assert.Contains(PatientValidator.Validate(With(
            new SixMinuteWalk("x", Day(2016, 1, 1), s_source, Distance.FromMetres(500)),
            new SixMinuteWalk("x", Day(2017, 1, 1), s_source, Distance.FromMetres(510)))), i => i.Code == DomainIssueCodes.DuplicateEventId);

    [Fact]
    public void Validate_CompressionOnUninvolvedSide_ReportsDom005() =>
        Assert.Equal(DomainIssueCodes.CompressionForUninvolvedSide, Assert.Single(PatientValidator.Validate(With(
            new PneumothoraxEpisode("e1", Day(2015, 1, 1), s_source, PneumothoraxSide.Left) { RightCompression = LungCompression.FromPercent(30) }))).Code);

    [Fact]
    public void Validate_BadIdsOnAnEpisodeAndALaterDoseChange_ListsThemInDateOrder()
    {
        var course = new SirolimusCourse("c", Day(2015, 1, 1), s_source)
        {
            DoseChanges = [new DoseChange("d 1", Day(2016, 6, 1), s_source, DailyDose.FromMilligramsPerDay(1))],
        };
        var episode = new PneumothoraxEpisode("e 1", Day(2016, 1, 1), s_source, PneumothoraxSide.Left);
        IReadOnlyList<DomainIssue> issues = PatientValidator.Validate(With(course, episode));
        Assert.Equal(["e 1", "d 1"], issues.Where(i => i.Code == DomainIssueCodes.BadIdentifier).Select(i => i.EventId));
    }

    [Theory]
    [InlineData(1899, 12, 31, true)]
    [InlineData(1900, 1, 1, false)]
    [InlineData(2200, 12, 31, false)]
    [InlineData(2201, 1, 1, true)]
    public void Validate_DoseChangeOnADayAtTheEdgeOfTheRange_ReportsDom009OnlyOutside(int year, int month, int day, bool outside)
    {
        var course = new SirolimusCourse("c", Day(1900, 1, 1), s_source)
        {
            DoseChanges = [new DoseChange("d", Day(year, month, day), s_source, DailyDose.FromMilligramsPerDay(1))],
        };
        var patient = new Patient("p1", s_document, [course]);

        IEnumerable<string?> outOfRange = PatientValidator.Validate(patient).Where(i => i.Code == DomainIssueCodes.DateOutOfRange).Select(i => i.EventId);

        Assert.Equal(outside ? ["d"] : [], outOfRange);
    }

    [Fact]
    public void Codes_AreUnique() => Assert.Equal(DomainIssueCodes.All.Count, DomainIssueCodes.All.Distinct().Count());
}
