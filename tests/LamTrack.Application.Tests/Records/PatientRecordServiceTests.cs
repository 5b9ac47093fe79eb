using LamTrack.Application.Problems;
using LamTrack.Application.Records;
using LamTrack.Domain.Events;
using LamTrack.Domain.Patients;
using LamTrack.Measures.Quantities;
using LamTrack.Testing;

namespace LamTrack.Application.Tests.Records;

public sealed class PatientRecordServiceTests
{
    [Fact]
    public async Task FindAsync_StoredPatient_GivesHerWithVersionOne()
    {
        using TestStore store = await TestStore.CreateAsync(CaseSeriesData.LoadAll());

        PatientFound found = await store.Get<PatientRecordService>().FindAsync(new FindPatientRequest(store.Database, "case-4"), CancellationToken.None);

        Assert.Empty(found.Problems);
        Assert.Equal(("case-4", 1), (found.Patient!.Patient.Id, found.Patient.Version));
    }

    [Fact]
    public async Task FindAsync_UnknownPatient_ReportsApp002()
    {
        using TestStore store = await TestStore.CreateAsync(CaseSeriesData.LoadAll());

        PatientFound found = await store.Get<PatientRecordService>().FindAsync(new FindPatientRequest(store.Database, "case-9"), CancellationToken.None);

        Assert.Null(found.Patient);
        Assert.Equal(ApplicationProblemCodes.PatientNotFound, Assert.Single(found.Problems).Code);
    }

    [Fact]
    public async Task ChangeDoseAsync_AtCurrentVersion_StoresTheChangeAsVersionTwo()
    {
        using TestStore store = await TestStore.CreateAsync(CaseSeriesData.LoadAll());
        var service = store.Get<PatientRecordService>();
        SirolimusCourse course = await FirstCourseAsync(service, store, "case-4");

        RecordSaved saved = await service.ChangeDoseAsync(DoseRequest(store, course, version: 1, milligrams: 1.5), CancellationToken.None);

        Assert.True(saved.Saved, string.Join("\n", saved.Problems));
        Assert.Equal(2, saved.Version);
        SirolimusCourse after = await FirstCourseAsync(service, store, "case-4");
        Assert.Contains(after.DoseChanges, c => c.Id == "web-dose-1" && c.NewDose == DailyDose.FromMilligramsPerDay(1.5));
    }

    [Fact]
    public async Task ChangeDoseAsync_AtAnOldVersion_IsAConflictAndWritesNothing()
    {
        using TestStore store = await TestStore.CreateAsync(CaseSeriesData.LoadAll());
        var service = store.Get<PatientRecordService>();
        SirolimusCourse course = await FirstCourseAsync(service, store, "case-4");
        Assert.True((await service.ChangeDoseAsync(DoseRequest(store, course, 1, 1.5), CancellationToken.None)).Saved);

        // A second screen still shows version 1.
        RecordSaved stale = await service.ChangeDoseAsync(DoseRequest(store, course, 1, 2) with { Change = Change("web-dose-2", 2, course) }, CancellationToken.None);

        Assert.False(stale.Saved);
        Assert.Equal("STORE-001", Assert.Single(stale.Problems).Code);
        PatientFound now = await service.FindAsync(new FindPatientRequest(store.Database, "case-4"), CancellationToken.None);
        Assert.Equal(2, now.Patient!.Version);
        Assert.DoesNotContain(now.Patient.Patient.SirolimusCourses.SelectMany(c => c.DoseChanges), c => c.Id == "web-dose-2");
    }

    [Fact]
    public async Task ChangeDoseAsync_UnknownCourse_ReportsApp003()
    {
        using TestStore store = await TestStore.CreateAsync(CaseSeriesData.LoadAll());
        var service = store.Get<PatientRecordService>();
        SirolimusCourse course = await FirstCourseAsync(service, store, "case-4");

        RecordSaved saved = await service.ChangeDoseAsync(DoseRequest(store, course, 1, 1) with { CourseId = "no-such-course" }, CancellationToken.None);

        Assert.Equal(ApplicationProblemCodes.InvalidRequest, Assert.Single(saved.Problems).Code);
    }

    [Fact]
    public async Task RecordEventAsync_DuplicateEventId_IsRefusedWithTheDomainCode()
    {
        using TestStore store = await TestStore.CreateAsync(CaseSeriesData.LoadAll());
        var service = store.Get<PatientRecordService>();
        Patient patient = (await service.FindAsync(new FindPatientRequest(store.Database, "case-4"), CancellationToken.None)).Patient!.Patient;
        ClinicalEvent copy = patient.Events[0];

        RecordSaved saved = await service.RecordEventAsync(new RecordEventRequest(store.Database, "case-4", 1, copy, "test"), CancellationToken.None);

        Assert.False(saved.Saved);
        Assert.All(saved.Problems, p => Assert.StartsWith("DOM-", p.Code, StringComparison.Ordinal));
    }

    [Fact]
    public async Task RecordEventAsync_NewEvent_IsStoredAtTheNextVersion()
    {
        using TestStore store = await TestStore.CreateAsync(CaseSeriesData.LoadAll());
        var service = store.Get<PatientRecordService>();
        Patient patient = (await service.FindAsync(new FindPatientRequest(store.Database, "case-4"), CancellationToken.None)).Patient!.Patient;
        ClinicalEvent added = patient.Events[0] with { Id = "web-event-1" };

        RecordSaved saved = await service.RecordEventAsync(new RecordEventRequest(store.Database, "case-4", 1, added, "test"), CancellationToken.None);

        Assert.Equal(2, saved.Version);
        PatientFound after = await service.FindAsync(new FindPatientRequest(store.Database, "case-4"), CancellationToken.None);
        Assert.Contains(after.Patient!.Patient.Events, e => e.Id == "web-event-1");
    }

    private static async Task<SirolimusCourse> FirstCourseAsync(PatientRecordService service, TestStore store, string patientId) =>
        (await service.FindAsync(new FindPatientRequest(store.Database, patientId), CancellationToken.None)).Patient!.Patient.SirolimusCourses.First();

    private static ChangeDoseRequest DoseRequest(TestStore store, SirolimusCourse course, int version, double milligrams) =>
        new(store.Database, "case-4", version, course.Id, Change("web-dose-1", milligrams, course), "test");

    private static DoseChange Change(string id, double milligrams, SirolimusCourse course) =>
        new(id, course.Date, course.Source, DailyDose.FromMilligramsPerDay(milligrams));
}
