using LamTrack.Storage.Auditing;
using LamTrack.Storage.Errors;
using LamTrack.Storage.Patients;
using LamTrack.Storage.Tests.Support;
using NodaTime;
using NodaTime.Testing;

namespace LamTrack.Storage.Tests.Patients;

public sealed class PatientStoreTests
{
    private static PatientStore Store(TestDatabase test, string actor = "dr.a") =>
        new(test.Database, new FakeClock(Samples.Now), actor);

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task FindAsync_AfterCreate_ReturnsTheSameTimelineAtVersion1(StorageProvider provider)
    {
        await using TestDatabase test = await TestDatabase.CreateAsync(provider);
        PatientSnapshot patient = Samples.Patient();
        await Store(test).CreateAsync(patient);

        StoredPatient? loaded = await Store(test).FindAsync("case-1");

        Assert.NotNull(loaded);
        Assert.Equal(1, loaded.Version);
        Assert.True(patient.HasSameContentAs(loaded.Patient));
        Assert.Equal(patient.Events, loaded.Patient.Events);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task FindAsync_UnknownIdentifier_ReturnsNull(StorageProvider provider)
    {
        await using TestDatabase test = await TestDatabase.CreateAsync(provider);
        await Store(test).CreateAsync(Samples.Patient());

        Assert.Null(await Store(test).FindAsync("case-2"));
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task CreateAsync_IdentifierTaken_ThrowsStore003AndKeepsTheFirst(StorageProvider provider)
    {
        await using TestDatabase test = await TestDatabase.CreateAsync(provider);
        await Store(test).CreateAsync(Samples.Patient());

        var ex = await Assert.ThrowsAsync<DuplicatePatientException>(() => Store(test).CreateAsync(Samples.Edited(Samples.Patient())));

        Assert.Equal(StorageIssues.PatientAlreadyExists, ex.Code);
        Assert.True(Samples.Patient().HasSameContentAs((await Store(test).FindAsync("case-1"))!.Patient));
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task UpdateAsync_CurrentVersion_SavesTheEditAndRaisesTheVersion(StorageProvider provider)
    {
        await using TestDatabase test = await TestDatabase.CreateAsync(provider);
        await Store(test).CreateAsync(Samples.Patient());
        PatientSnapshot edited = Samples.Edited(Samples.Patient());

        int version = await Store(test).UpdateAsync(edited, 1);

        StoredPatient loaded = (await Store(test).FindAsync("case-1"))!;
        Assert.Equal(2, version);
        Assert.Equal(2, loaded.Version);
        Assert.True(edited.HasSameContentAs(loaded.Patient));
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task UpdateAsync_GrowingTimeline_AppendsEvents(StorageProvider provider)
    {
        await using TestDatabase test = await TestDatabase.CreateAsync(provider);
        PatientSnapshot small = Samples.Edited(Samples.Patient());
        await Store(test).CreateAsync(small);

        await Store(test).UpdateAsync(Samples.Patient(), 1);

        Assert.True(Samples.Patient().HasSameContentAs((await Store(test).FindAsync("case-1"))!.Patient));
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task UpdateAsync_StaleVersion_ThrowsStore001AndKeepsTheFirstEdit(StorageProvider provider)
    {
        await using TestDatabase test = await TestDatabase.CreateAsync(provider);
        await Store(test).CreateAsync(Samples.Patient());
        StoredPatient seenByA = (await Store(test, "dr.a").FindAsync("case-1"))!;
        StoredPatient seenByB = (await Store(test, "dr.b").FindAsync("case-1"))!;
        PatientSnapshot editByA = Samples.Edited(seenByA.Patient);
        await Store(test, "dr.a").UpdateAsync(editByA, seenByA.Version);

        var ex = await Assert.ThrowsAsync<ConcurrencyConflictException>(
            () => Store(test, "dr.b").UpdateAsync(seenByB.Patient with { DetailsJson = "{}" }, seenByB.Version));

        Assert.Equal(StorageIssues.ConcurrencyConflict, ex.Code);
        Assert.Equal((1, 2), (ex.ExpectedVersion, ex.CurrentVersion));
        Assert.Contains("case-1", ex.Message, StringComparison.Ordinal);
        Assert.True(editByA.HasSameContentAs((await Store(test).FindAsync("case-1"))!.Patient));
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task UpdateAsync_TwoEditsRacing_OneWinsAndTheOtherConflicts(StorageProvider provider)
    {
        await using TestDatabase test = await TestDatabase.CreateAsync(provider);
        await Store(test).CreateAsync(Samples.Patient());
        PatientSnapshot a = Samples.Patient() with { DetailsJson = """{"by":"a"}""" };
        PatientSnapshot b = Samples.Patient() with { DetailsJson = """{"by":"b"}""" };

        Task<int>[] edits = [Task.Run(() => Store(test, "dr.a").UpdateAsync(a, 1)), Task.Run(() => Store(test, "dr.b").UpdateAsync(b, 1))];
        await Assert.ThrowsAsync<ConcurrencyConflictException>(() => Task.WhenAll(edits));

        Assert.Equal((1, 1), (edits.Count(t => t.IsCompletedSuccessfully), edits.Count(t => t.IsFaulted)));
        StoredPatient stored = (await Store(test).FindAsync("case-1"))!;
        Assert.Equal(2, stored.Version);
        Assert.Equal(2, (await Store(test).HistoryAsync("case-1")).Count);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task UpdateAsync_UnknownIdentifier_ThrowsStore002(StorageProvider provider)
    {
        await using TestDatabase test = await TestDatabase.CreateAsync(provider);

        var ex = await Assert.ThrowsAsync<PatientNotFoundException>(() => Store(test).UpdateAsync(Samples.Patient(), 1));

        Assert.Equal(StorageIssues.PatientNotFound, ex.Code);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task DeleteAsync_StaleVersion_ThrowsStore001AndKeepsThePatient(StorageProvider provider)
    {
        await using TestDatabase test = await TestDatabase.CreateAsync(provider);
        await Store(test).CreateAsync(Samples.Patient());
        await Store(test).UpdateAsync(Samples.Edited(Samples.Patient()), 1);

        await Assert.ThrowsAsync<ConcurrencyConflictException>(() => Store(test).DeleteAsync("case-1", 1));

        Assert.NotNull(await Store(test).FindAsync("case-1"));
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task DeleteAsync_CurrentVersion_RemovesPatientAndEvents(StorageProvider provider)
    {
        await using TestDatabase test = await TestDatabase.CreateAsync(provider);
        await Store(test).CreateAsync(Samples.Patient());

        await Store(test).DeleteAsync("case-1", 1);

        Assert.Null(await Store(test).FindAsync("case-1"));
        await using LamTrackDbContext db = test.Database.CreateContext();
        Assert.Equal(0, db.TimelineEvents.Count());
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task HistoryAsync_CreateUpdateDelete_RecordsWhoWhenBeforeAndAfter(StorageProvider provider)
    {
        await using TestDatabase test = await TestDatabase.CreateAsync(provider);
        await Store(test, "dr.a").CreateAsync(Samples.Patient());
        await Store(test, "dr.b").UpdateAsync(Samples.Edited(Samples.Patient()), 1);
        await Store(test, "dr.c").DeleteAsync("case-1", 2);

        IReadOnlyList<AuditEntry> history = await Store(test).HistoryAsync("case-1");

        Assert.Equal([AuditAction.Created, AuditAction.Updated, AuditAction.Deleted], history.Select(h => h.Action));
        Assert.Equal(["dr.a", "dr.b", "dr.c"], history.Select(h => h.Actor));
        Assert.Equal([1, 2, 0], history.Select(h => h.Version));
        Assert.All(history, h => Assert.Equal(Samples.Now, h.OccurredAt));
        Assert.Null(history[0].BeforeJson);
        Assert.Equal(history[0].AfterJson, history[1].BeforeJson);
        Assert.Equal(history[1].AfterJson, history[2].BeforeJson);
        Assert.Null(history[2].AfterJson);
        Assert.Contains("\"edited\":true", history[1].AfterJson, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task CreateAsync_PayloadNotJson_ThrowsStore004NamingTheFieldAndWritesNothing(StorageProvider provider)
    {
        await using TestDatabase test = await TestDatabase.CreateAsync(provider);
        PatientSnapshot bad = Samples.Patient() with
        {
            Events = [.. Samples.Patient().Events.Take(1), new EventSnapshot("TroughLevel", new LocalDate(2012, 7, 2), "Day", "chart", "{ng: 5")],
        };

        var ex = await Assert.ThrowsAsync<InvalidSnapshotException>(() => Store(test).CreateAsync(bad));

        Assert.Equal(("case-1", "Events[1].PayloadJson"), (ex.Identifier, ex.Field));
        Assert.Empty(await Store(test).ListIdentifiersAsync());
    }
}
