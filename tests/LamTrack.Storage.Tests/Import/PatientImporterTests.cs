using LamTrack.Storage.Auditing;
using LamTrack.Storage.Errors;
using LamTrack.Storage.Import;
using LamTrack.Storage.Patients;
using LamTrack.Storage.Tests.Support;
using NodaTime.Testing;

namespace LamTrack.Storage.Tests.Import;

public sealed class PatientImporterTests
{
    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task ImportPatientsAsync_InvalidPatientMidway_ThrowsStore004AndKeepsThePatientsBefore(StorageProvider provider)
    {
        await using TestDatabase test = await TestDatabase.CreateAsync(provider);
        PatientSnapshot bad = Samples.Patient("case-2") with { DetailsJson = "{not json" };
        var importer = new PatientImporter(test.Database, new FakeClock(Samples.Now), "import");

        var ex = await Assert.ThrowsAsync<InvalidSnapshotException>(() => importer.ImportPatientsAsync([Samples.Patient("case-1"), bad]));

        Assert.Equal(("case-2", "DetailsJson"), (ex.Identifier, ex.Field));
        Assert.Equal(["case-1"], await new PatientStore(test.Database, new FakeClock(Samples.Now), "t").ListIdentifiersAsync());
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task ImportPatientsAsync_RepeatedIdentifierInInput_ImportsItOnceAndReportsProgress(StorageProvider provider)
    {
        await using TestDatabase test = await TestDatabase.CreateAsync(provider);
        var importer = new PatientImporter(test.Database, new FakeClock(Samples.Now), "import");
        var reports = new List<ImportProgress>();

        ImportProgress done = await importer.ImportPatientsAsync(
            [Samples.Patient("case-1"), Samples.Patient("case-1"), Samples.Patient("case-2")], new Recorder(reports));

        Assert.Equal(new ImportProgress(3, 2, 1), done);
        Assert.Equal(done, reports[^1]);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task ImportPatientsAsync_BatchesOfTwo_ReportsCommittedCountsAfterEachBatch(StorageProvider provider)
    {
        await using TestDatabase test = await TestDatabase.CreateAsync(provider);
        var importer = new PatientImporter(test.Database, new FakeClock(Samples.Now), "import") { BatchSize = 2 };
        var reports = new List<ImportProgress>();

        ImportProgress done = await importer.ImportPatientsAsync(
            [Samples.Patient("p1"), Samples.Patient("p2"), Samples.Patient("p1"), Samples.Patient("p3"), Samples.Patient("p4")], new Recorder(reports));

        Assert.Equal(new ImportProgress(5, 4, 1), done);
        Assert.Equal([new(2, 2, 0), new(4, 3, 1), new(5, 4, 1)], reports);
        Assert.Equal(["p1", "p2", "p3", "p4"], await new PatientStore(test.Database, new FakeClock(Samples.Now), "t").ListIdentifiersAsync());
    }

    [Theory]
    [InlineData(0)] // empty input: still one report, of zeros
    [InlineData(4)] // input ends exactly on a batch boundary: the empty last read repeats no report
    public async Task ImportPatientsAsync_InputOfWholeBatches_ReportsEachCommitOnce(int count)
    {
        await using TestDatabase test = await TestDatabase.CreateAsync(StorageProvider.Sqlite);
        var importer = new PatientImporter(test.Database, new FakeClock(Samples.Now), "import") { BatchSize = 2 };
        var reports = new List<ImportProgress>();

        await importer.ImportPatientsAsync(Enumerable.Range(1, count).Select(i => Samples.Patient($"p{i}")), new Recorder(reports));

        Assert.Equal(count == 0 ? [new(0, 0, 0)] : [new(2, 2, 0), new ImportProgress(4, 4, 0)], reports);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task ImportPatientsAsync_InvalidPatientInSecondBatch_CommitsEveryPatientBeforeItAndNoneAfter(StorageProvider provider)
    {
        await using TestDatabase test = await TestDatabase.CreateAsync(provider);
        var importer = new PatientImporter(test.Database, new FakeClock(Samples.Now), "import") { BatchSize = 2 };
        PatientSnapshot bad = Samples.Patient("p4") with { Events = [Samples.Patient().Events[0] with { PayloadJson = "[1," }] };

        var ex = await Assert.ThrowsAsync<InvalidSnapshotException>(() => importer.ImportPatientsAsync(
            [Samples.Patient("p1"), Samples.Patient("p2"), Samples.Patient("p3"), bad, Samples.Patient("p5")]));

        Assert.Equal(("p4", "Events[0].PayloadJson"), (ex.Identifier, ex.Field));
        Assert.Equal(["p1", "p2", "p3"], await new PatientStore(test.Database, new FakeClock(Samples.Now), "t").ListIdentifiersAsync());
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task ImportPatientsAsync_BatchOfPatients_AuditsEachOnceWithTheRecordTheNextEditQuotesAsBefore(StorageProvider provider)
    {
        await using TestDatabase test = await TestDatabase.CreateAsync(provider);
        var clock = new FakeClock(Samples.Now);
        await new PatientImporter(test.Database, clock, "importer") { BatchSize = 3 }.ImportPatientsAsync([Samples.Patient("p1"), Samples.Patient("p2")]);
        var store = new PatientStore(test.Database, clock, "dr.a");

        await store.UpdateAsync(Samples.Edited(Samples.Patient("p2")), 1);

        IReadOnlyList<AuditEntry> p1 = await store.HistoryAsync("p1");
        IReadOnlyList<AuditEntry> p2 = await store.HistoryAsync("p2");
        AuditEntry imported = Assert.Single(p1);
        Assert.Equal((AuditAction.Imported, "importer", Samples.Now, 1, (string?)null), (imported.Action, imported.Actor, imported.OccurredAt, imported.Version, imported.BeforeJson));
        Assert.Equal(SnapshotJson.Write(Samples.Patient("p1"), 1), imported.AfterJson);
        Assert.Equal([AuditAction.Imported, AuditAction.Updated], p2.Select(a => a.Action));
        Assert.Equal(p2[0].AfterJson, p2[1].BeforeJson);
    }

    [Fact]
    public void BatchSize_Zero_IsRefused()
    {
        var database = Sqlite.SqliteDatabase.Open("unused.db");

        Assert.Throws<ArgumentOutOfRangeException>(() => new PatientImporter(database, new FakeClock(Samples.Now), "import") { BatchSize = 0 });
    }

    private sealed class Recorder(List<ImportProgress> reports) : IProgress<ImportProgress>
    {
        public void Report(ImportProgress value) => reports.Add(value);
    }
}
