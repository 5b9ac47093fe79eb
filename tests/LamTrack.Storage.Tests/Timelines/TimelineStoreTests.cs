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
}
