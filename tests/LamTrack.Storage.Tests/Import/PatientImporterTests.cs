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

    private sealed class Recorder(List<ImportProgress> reports) : IProgress<ImportProgress>
    {
        public void Report(ImportProgress value) => reports.Add(value);
    }
}
