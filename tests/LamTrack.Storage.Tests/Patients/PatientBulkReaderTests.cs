using LamTrack.Storage.Patients;
using LamTrack.Storage.Tests.Support;
using NodaTime;
using NodaTime.Testing;

namespace LamTrack.Storage.Tests.Patients;

public sealed class PatientBulkReaderTests
{
    private static PatientStore Store(TestDatabase test) => new(test.Database, new FakeClock(Samples.Now), "dr.a");

    // An ordinary patient, one without events, and one edited after she was stored.
    private static async Task StoreMixedAsync(PatientStore store)
    {
        await store.CreateAsync(Samples.Patient("case-1"));
        await store.CreateAsync(Samples.Patient("case-2") with { Events = [] });
        await store.CreateAsync(Samples.Patient("case-3"));
        await store.UpdateAsync(Samples.Edited(Samples.Patient("case-3")), 1);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task ReadAllAsync_MixedStore_ReturnsWhatTheEfQueryReturns(StorageProvider provider)
    {
        await using TestDatabase test = await TestDatabase.CreateAsync(provider);
        PatientStore store = Store(test);
        await StoreMixedAsync(store);
        await store.CreateAsync(Samples.Patient("case-4") with { Events = [.. Enumerable.Range(0, 40).Select(Event)] });

        List<StoredRecord> bulk = await ToListAsync(store.ReadAllAsync());
        List<StoredRecord> ef = [.. (await ToListAsync(store.StreamAllAsync())).Select(StoredRecord.Of)];

        Assert.Equal(ef.Select(p => p.Identifier), bulk.Select(p => p.Identifier));
        Assert.All(ef.Zip(bulk), pair => Assert.Equal(pair.First.Utf8Record, pair.Second.Utf8Record));
        Assert.Equal(ef.Select(p => p.EventCount), bulk.Select(p => p.EventCount));
        Assert.Equal(ef.Select(p => p.Version), bulk.Select(p => p.Version));
        Assert.Equal(2, bulk.Single(p => p.Identifier == "case-3").Version);
        Assert.Equal(0, bulk.Single(p => p.Identifier == "case-2").EventCount);
        Assert.Equal(40, bulk.Single(p => p.Identifier == "case-4").EventCount);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task ReadAllAsync_AfterAnEdit_ReturnsTheEditedTimeline(StorageProvider provider)
    {
        await using TestDatabase test = await TestDatabase.CreateAsync(provider);
        PatientStore store = Store(test);
        await store.CreateAsync(Samples.Patient());
        StoredRecord before = (await ToListAsync(store.ReadAllAsync())).Single();

        await store.UpdateAsync(Samples.Edited(Samples.Patient()), 1);
        StoredRecord after = (await ToListAsync(store.ReadAllAsync())).Single();

        Assert.Equal(StoredRecord.Of(new StoredPatient(Samples.Patient(), 1)).Utf8Record, before.Utf8Record);
        Assert.Equal(StoredRecord.Of(new StoredPatient(Samples.Edited(Samples.Patient()), 2)).Utf8Record, after.Utf8Record);
        Assert.NotEqual(before.Utf8Record, after.Utf8Record);
        Assert.Equal(3, after.EventCount);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task FindRecordAsync_StoredAndMissing_ReturnsWhatTheWholeReadReturnsForHerOrNull(StorageProvider provider)
    {
        await using TestDatabase test = await TestDatabase.CreateAsync(provider);
        PatientStore store = Store(test);
        await StoreMixedAsync(store);
        List<StoredRecord> all = await ToListAsync(store.ReadAllAsync());

        foreach (StoredRecord expected in all)
        {
            StoredRecord? one = await store.FindRecordAsync(expected.Identifier);
            Assert.NotNull(one);
            Assert.Equal((expected.Identifier, expected.Version, expected.EventCount), (one.Identifier, one.Version, one.EventCount));
            Assert.Equal(expected.Utf8Record, one.Utf8Record);
        }

        Assert.Null(await store.FindRecordAsync("case-9"));
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
        Assert.DoesNotContain("\"Provenance\"", sql, StringComparison.Ordinal);
    }

    private static EventSnapshot Event(int i) =>
        new(i % 2 == 0 ? "TroughLevel" : "Pneumothorax", new LocalDate(2000, 1, 1).PlusDays(37 * i), "Day", "chart", $$"""{"n":{{i}}}""");

    private static async Task<List<T>> ToListAsync<T>(IAsyncEnumerable<T> rows)
    {
        var list = new List<T>();
        await foreach (T row in rows)
        {
            list.Add(row);
        }

        return list;
    }
}
