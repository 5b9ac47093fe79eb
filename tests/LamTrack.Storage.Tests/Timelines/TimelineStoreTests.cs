using LamTrack.Domain.Patients;
using LamTrack.PatientFiles;
using LamTrack.Storage.Errors;
using LamTrack.Storage.Import;
using LamTrack.Storage.Tests.Support;
using LamTrack.Storage.Timelines;
using NodaTime.Testing;

namespace LamTrack.Storage.Tests.Timelines;

public sealed class TimelineStoreTests
{
    private static TimelineStore Store(TestDatabase test, string actor = "dr.a") => new(test.Database, new FakeClock(Samples.Now), actor);

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task FindAsync_EachPublishedCaseAfterCreate_RoundTripsExactly(StorageProvider provider)
    {
        await using TestDatabase test = await TestDatabase.CreateAsync(provider);
        IReadOnlyList<Patient> cases = CaseSeries.Load();
        foreach (Patient patient in cases)
        {
            await Store(test).CreateAsync(patient);
        }

        foreach (Patient patient in cases)
        {
            VersionedPatient? loaded = await Store(test).FindAsync(patient.Id);
            Assert.NotNull(loaded);
            Assert.Equal(1, loaded.Version);
            Assert.Equal(PatientFileWriter.ToJson(patient), PatientFileWriter.ToJson(loaded.Patient));
        }
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task LoadAllAsync_AfterImport_GivesTheCaseSeriesInIdentifierOrder(StorageProvider provider)
    {
        await using TestDatabase test = await TestDatabase.CreateAsync(provider);
        IReadOnlyList<Patient> cases = CaseSeries.Load();
        await Store(test).ImportPatientsAsync(cases.Reverse());

        IReadOnlyList<Patient> loaded = await Store(test).LoadAllAsync();

        Assert.Equal(cases.Select(PatientFileWriter.ToJson), loaded.Select(PatientFileWriter.ToJson));
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task LoadAllCheckedAsync_OneCorruptRecord_LoadsTheOthersAndLocatesTheBadOne(StorageProvider provider)
    {
        await using TestDatabase test = await TestDatabase.CreateAsync(provider);
        await Store(test).ImportPatientsAsync(CaseSeries.Load());
        await Integrity.StoreCheckTests.CorruptAsync(test, "case-2");

        LamTrack.PatientFiles.PatientLoadResult loaded = await Store(test).LoadAllCheckedAsync();

        Assert.Equal(["case-1", "case-3", "case-4", "case-5"], loaded.Patients.Select(p => p.Id));
        LamTrack.PatientFiles.PatientFileIssue issue = Assert.Single(loaded.Issues);
        Assert.Equal(("case-2", "STORE-006"), (issue.PatientId, issue.Code));
        await Assert.ThrowsAsync<StorageException>(() => Store(test).LoadAllAsync());
    }

    [Theory]
    [InlineData(200, "Identifier")] // longer than the store's 128 characters
    [InlineData(0, "Identifier")] // a NUL, which PostgreSQL text cannot hold
    public void Refusal_IdentifierBeyondTheStoresLimits_NamesTheField(int length, string field)
    {
        Patient patient = CaseSeries.Load()[0];
        string id = length == 0 ? "case\0one" : new string('x', length);
        var renamed = new Patient(id, patient.Document, patient.Events);

        InvalidSnapshotException? refusal = TimelineStore.Refusal(renamed);

        Assert.Equal(field, refusal?.Field);
        Assert.Null(TimelineStore.Refusal(patient));
    }

    [Fact]
    public async Task ImportPatientsAsync_AnotherImportStoredTheSamePatientsMeanwhile_GivesACodedErrorAndKeepsTheStoreWhole()
    {
        await using TestDatabase test = await TestDatabase.CreateAsync(StorageProvider.Sqlite);
        IReadOnlyList<Patient> cases = CaseSeries.Load();
        // The loser listed the stored identifiers before the winner committed: its patients all look new to it.
        var loser = new RacingPatients(cases, () => Store(test).ImportPatientsAsync(cases).GetAwaiter().GetResult());

        StorageException error = await Assert.ThrowsAnyAsync<StorageException>(() => Store(test).ImportPatientsAsync(loser));

        Assert.Equal("STORE-003", error.Code);
        Assert.Contains("another writer", error.Message, StringComparison.Ordinal);
        Assert.Equal(cases.Count, (await Store(test).LoadAllAsync()).Count);
        Assert.True((await new LamTrack.Storage.Auditing.AuditChainVerifier(test.Database).VerifyAsync()).IsIntact);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task ImportPatientsAsync_RunTwice_AddsNoDuplicates(StorageProvider provider)
    {
        await using TestDatabase test = await TestDatabase.CreateAsync(provider);
        IReadOnlyList<Patient> cases = CaseSeries.Load();
        await Store(test).ImportPatientsAsync(cases.Take(2));

        ImportProgress second = await Store(test).ImportPatientsAsync(cases);

        Assert.Equal(new ImportProgress(5, 3, 2), second);
        Assert.Equal(5, (await Store(test).LoadAllAsync()).Count);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task UpdateAsync_TwoCliniciansEditTheSameCase_SecondGetsConflictAndFirstEditStays(StorageProvider provider)
    {
        await using TestDatabase test = await TestDatabase.CreateAsync(provider);
        Patient original = CaseSeries.Load()[0];
        await Store(test).CreateAsync(original);
        VersionedPatient a = (await Store(test, "dr.a").FindAsync(original.Id))!;
        VersionedPatient b = (await Store(test, "dr.b").FindAsync(original.Id))!;
        await Store(test, "dr.a").UpdateAsync(a.Patient with { Label = "Case 1 (checked)" }, a.Version);

        var ex = await Assert.ThrowsAsync<ConcurrencyConflictException>(
            () => Store(test, "dr.b").UpdateAsync(b.Patient with { Label = "Case one" }, b.Version));

        Assert.Contains("changed by someone else", ex.Message, StringComparison.Ordinal);
        Assert.Equal("Case 1 (checked)", (await Store(test).FindAsync(original.Id))!.Patient.Label);
    }

    /// <summary>Yields the patients, but runs <paramref name="winner"/> first, once the importer has started reading.</summary>
    private sealed class RacingPatients(IReadOnlyList<Patient> patients, Action winner) : IEnumerable<Patient>
    {
        public IEnumerator<Patient> GetEnumerator()
        {
            winner();
            return patients.GetEnumerator();
        }

        System.Collections.IEnumerator System.Collections.IEnumerable.GetEnumerator() => GetEnumerator();
    }
}
