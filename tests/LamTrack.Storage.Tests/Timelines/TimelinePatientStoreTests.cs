using LamTrack.Application.Ports;
using LamTrack.Application.Problems;
using LamTrack.Domain.Patients;
using LamTrack.PatientFiles;
using LamTrack.Storage.Tests.Support;
using LamTrack.Storage.Timelines;
using NodaTime.Testing;

namespace LamTrack.Storage.Tests.Timelines;

public sealed class TimelinePatientStoreTests
{
    private static TimelinePatientStore Store(TestDatabase test) => new(test.Database, new FakeClock(Samples.Now), "dr.a");

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task ProjectReadableAsync_CaseSeries_ProjectsEveryPatientWithHerVersionInIdentifierOrder(StorageProvider provider)
    {
        await using TestDatabase test = await TestDatabase.CreateAsync(provider);
        TimelinePatientStore store = Store(test);
        IReadOnlyList<Patient> cases = CaseSeries.Load();
        await store.ImportAsync([.. cases.Reverse()], null, CancellationToken.None);
        PatientVersion third = (await store.FindAsync("case-3", CancellationToken.None))!;
        await store.UpdateAsync(new Patient(third.Patient.Id, third.Patient.Document, third.Patient.Events) { Label = "edited" }, 1, CancellationToken.None);
        var unreadable = new List<Problem>();

        IReadOnlyList<(string PatientId, (string Json, int Version) Item)> projected = await store.ProjectReadableAsync(
            stored => (PatientFileWriter.ToJson(stored.Patient), stored.Version), unreadable, null, CancellationToken.None);

        Assert.Equal(["case-1", "case-2", "case-3", "case-4", "case-5"], projected.Select(p => p.PatientId));
        Assert.Equal([1, 1, 2, 1, 1], projected.Select(p => p.Item.Version));
        Assert.Equal(cases.Where(c => c.Id != "case-3").Select(PatientFileWriter.ToJson), projected.Where(p => p.PatientId != "case-3").Select(p => p.Item.Json));
        Assert.Contains("\"label\": \"edited\"", projected[2].Item.Json, StringComparison.Ordinal);
        Assert.Empty(unreadable);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task ProjectReadableAsync_OneCorruptRecord_ProjectsTheOthersAndNamesTheBadOne(StorageProvider provider)
    {
        await using TestDatabase test = await TestDatabase.CreateAsync(provider);
        TimelinePatientStore store = Store(test);
        await store.ImportAsync(CaseSeries.Load(), null, CancellationToken.None);
        await Integrity.StoreCheckTests.CorruptAsync(test, "case-2");
        var unreadable = new List<Problem>();

        IReadOnlyList<(string PatientId, string Item)> projected = await store.ProjectReadableAsync(stored => stored.Patient.Id, unreadable, null, CancellationToken.None);

        Assert.Equal(["case-1", "case-3", "case-4", "case-5"], projected.Select(p => p.Item));
        Problem problem = Assert.Single(unreadable);
        Assert.Equal(("STORE-006", "case-2"), (problem.Code, problem.Location?.Record));
    }

    [Fact]
    public async Task ProjectReadableAsync_ProjectionThrows_ThrowsItsExceptionAndStops()
    {
        await using TestDatabase test = await TestDatabase.CreateAsync(StorageProvider.Sqlite);
        TimelinePatientStore store = Store(test);
        await store.ImportAsync(CaseSeries.Load(), null, CancellationToken.None);

        var ex = await Assert.ThrowsAsync<InvalidOperationException>(() => store.ProjectReadableAsync<int>(
            stored => stored.Patient.Id == "case-4" ? throw new InvalidOperationException("projection failed") : 0, [], null, CancellationToken.None));

        Assert.Equal("projection failed", ex.Message);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task ChangesSinceAsync_AfterImportAndEdit_NamesThePatientsWrittenSinceTheMark(StorageProvider provider)
    {
        await using TestDatabase test = await TestDatabase.CreateAsync(provider);
        TimelinePatientStore store = Store(test);
        PatientChanges empty = await store.ChangesSinceAsync(null, 10, CancellationToken.None);
        await store.ImportAsync(CaseSeries.Load(), null, CancellationToken.None);
        PatientChanges imported = await store.ChangesSinceAsync(empty.Mark, 10, CancellationToken.None);
        PatientVersion second = (await store.FindAsync("case-2", CancellationToken.None))!;
        await store.UpdateAsync(new Patient(second.Patient.Id, second.Patient.Document, second.Patient.Events) { Label = "edited" }, 1, CancellationToken.None);

        PatientChanges edited = await store.ChangesSinceAsync(imported.Mark, 10, CancellationToken.None);
        PatientChanges none = await store.ChangesSinceAsync(edited.Mark, 0, CancellationToken.None);
        PatientChanges limited = await store.ChangesSinceAsync(empty.Mark, 3, CancellationToken.None);

        Assert.Equal(["case-1", "case-2", "case-3", "case-4", "case-5"], imported.PatientIds.Order(StringComparer.Ordinal));
        Assert.True(imported.Complete);
        Assert.Equal(["case-2"], edited.PatientIds);
        Assert.True(edited.Mark > imported.Mark);
        Assert.True(none.Complete);
        Assert.Empty(none.PatientIds);
        Assert.False(limited.Complete);
        Assert.Equal(3, limited.PatientIds.Count);
    }
}
