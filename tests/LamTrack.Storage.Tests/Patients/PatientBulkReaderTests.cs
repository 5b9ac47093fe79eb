using LamTrack.Storage.Patients;
using LamTrack.Storage.Tests.Support;
using NodaTime;
using NodaTime.Testing;

namespace LamTrack.Storage.Tests.Patients;

public sealed class PatientBulkReaderTests
{
    private static PatientStore Store(TestDatabase test) => new(test.Database, new FakeClock(Samples.Now), "dr.a");

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task ReadAllAsync_MixedStore_ReturnsWhatTheEfQueryReturns(StorageProvider provider)
    {
        await using TestDatabase test = await TestDatabase.CreateAsync(provider);
        PatientStore store = Store(test);
        await store.CreateAsync(Samples.Patient("case-1"));
        await store.CreateAsync(Samples.Patient("case-2") with { Events = [] });
        await store.CreateAsync(Samples.Patient("case-3"));
        await store.UpdateAsync(Samples.Edited(Samples.Patient("case-3")), 1);
        await store.CreateAsync(Samples.Patient("case-4") with { Events = [.. Enumerable.Range(0, 40).Select(Event)] });

        List<StoredPatient> bulk = await ToListAsync(store.ReadAllAsync());
        List<StoredPatient> ef = await ToListAsync(store.StreamAllAsync());

        Assert.Equal(ef.Select(p => p.Patient.Identifier), bulk.Select(p => p.Patient.Identifier));
        Assert.All(ef.Zip(bulk), pair => Assert.True(pair.First.Patient.HasSameContentAs(pair.Second.Patient), pair.First.Patient.Identifier));
        Assert.Equal(ef.Select(p => p.Version), bulk.Select(p => p.Version));
        Assert.Equal(2, bulk.Single(p => p.Patient.Identifier == "case-3").Version);
        Assert.Empty(bulk.Single(p => p.Patient.Identifier == "case-2").Patient.Events);
        Assert.Equal(40, bulk.Single(p => p.Patient.Identifier == "case-4").Patient.Events.Count);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task ReadAllAsync_AfterAnEdit_ReturnsTheEditedTimeline(StorageProvider provider)
    {
        await using TestDatabase test = await TestDatabase.CreateAsync(provider);
        PatientStore store = Store(test);
        await store.CreateAsync(Samples.Patient());
        PatientSnapshot before = (await ToListAsync(store.ReadAllAsync())).Single().Patient;

        await store.UpdateAsync(Samples.Edited(Samples.Patient()), 1);
        PatientSnapshot after = (await ToListAsync(store.ReadAllAsync())).Single().Patient;

        Assert.True(before.HasSameContentAs(Samples.Patient()));
        Assert.True(after.HasSameContentAs(Samples.Edited(Samples.Patient())));
        Assert.Equal(3, after.Events.Count);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task CountAsync_ThreePatients_CountsThem(StorageProvider provider)
    {
        await using TestDatabase test = await TestDatabase.CreateAsync(provider);
        PatientStore store = Store(test);
        Assert.Equal(0, await store.CountAsync());
        foreach (string id in new[] { "a", "b", "c" })
        {
            await store.CreateAsync(Samples.Patient(id));
        }

        Assert.Equal(3, await store.CountAsync());
    }

    [Fact]
    public void Query_Sqlite_NamesTheMappedTablesAndOrdersByPatientAndPosition()
    {
        string dir = Path.Combine(Path.GetTempPath(), "lamtrack-storage-tests", Guid.NewGuid().ToString("N"));
        LamTrackDatabase database = Sqlite.SqliteDatabase.Open(Path.Combine(dir, "q.db"));
        using LamTrackDbContext db = database.CreateContext();

        string sql = PatientBulkReader.Query(db);

        Assert.Contains("FROM \"Patients\" AS p LEFT JOIN \"TimelineEvents\" AS e", sql, StringComparison.Ordinal);
        Assert.EndsWith("ORDER BY p.\"Id\", e.\"Sequence\"", sql, StringComparison.Ordinal);
    }

    private static EventSnapshot Event(int i) =>
        new(i % 2 == 0 ? "TroughLevel" : "Pneumothorax", new LocalDate(2000, 1, 1).PlusDays(37 * i), "Day", "chart", $$"""{"n":{{i}}}""");

    private static async Task<List<StoredPatient>> ToListAsync(IAsyncEnumerable<StoredPatient> rows)
    {
        var list = new List<StoredPatient>();
        await foreach (StoredPatient row in rows)
        {
            list.Add(row);
        }

        return list;
    }
}
