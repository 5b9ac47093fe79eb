using LamTrack.Application.Interop;
using LamTrack.Application.Ports;
using LamTrack.Application.Problems;
using LamTrack.Application.Records;
using LamTrack.Domain.Patients;
using LamTrack.Fhir.Export;
using LamTrack.Fhir.Synthetic;
using LamTrack.PatientFiles;
using LamTrack.Testing;

namespace LamTrack.Application.Tests.Interop;

public sealed class FhirImportServiceTests
{
    [Fact]
    public async Task ImportAsync_IntoStoreTwice_CreatesThenLeavesEveryPatientUnchanged()
    {
        using TestStore store = await TestStore.CreateAsync();
        string fhir = Export(store, CaseSeriesData.LoadAll());
        var service = store.Get<FhirImportService>();

        FhirImportReport first = await service.ImportAsync(Request(store, fhir), null, CancellationToken.None);
        FhirImportReport second = await service.ImportAsync(Request(store, fhir), null, CancellationToken.None);

        Assert.Null(first.Failure);
        Assert.Equal(5, first.Outcome!.Imported.Count);
        Assert.Empty(first.Outcome.Unchanged);
        Assert.Equal(first.Outcome.Imported.Order(StringComparer.Ordinal), second.Outcome!.Unchanged.Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task ImportAsync_ChangedPatient_StoresANewVersion()
    {
        using TestStore store = await TestStore.CreateAsync(CaseSeriesData.LoadAll());
        Patient changed = CaseSeriesData.LoadAll()[0] with { Label = "Relabelled" };
        string fhir = Export(store, [changed]);

        FhirImportReport report = await store.Get<FhirImportService>().ImportAsync(Request(store, fhir), null, CancellationToken.None);

        Assert.Equal([changed.Id], report.Outcome!.Replaced);
        PatientFound found = await store.Get<PatientRecordService>().FindAsync(new FindPatientRequest(store.Database, changed.Id), CancellationToken.None);
        Assert.Equal(("Relabelled", 2), (found.Patient!.Patient.Label, found.Patient.Version));
    }

    [Fact]
    public async Task ImportAsync_StoreMissing_StopsWithStore008()
    {
        using TestStore store = await TestStore.CreateAsync();
        string fhir = Export(store, CaseSeriesData.LoadAll());

        FhirImportReport report = await store.Get<FhirImportService>().ImportAsync(Request(store, fhir) with { Database = store.File("none.db") }, null, CancellationToken.None);

        Assert.Null(report.Outcome);
        Assert.Equal("STORE-008", report.Failure!.Code);
    }

    [Fact]
    public async Task ImportAsync_CancelledWhileWriting_LeavesEveryStoredPatientWholeAndARerunCompletesIt()
    {
        using TestStore store = await TestStore.CreateAsync();
        List<Patient> cohort = [.. SyntheticCohort.Generate(1200, seed: 7)];
        string fhir = Export(store, cohort);
        var service = store.Get<FhirImportService>();
        using var cancel = new CancellationTokenSource();
        var stopAfterFirstWrite = new StopWhenWriting(cancel);

        FhirImportReport cancelled = await service.ImportAsync(Request(store, fhir, writeChunk: 200), stopAfterFirstWrite, cancel.Token);

        Assert.Equal(ApplicationProblemCodes.Cancelled, cancelled.Failure!.Code);
        IReadOnlyList<Patient> stored = await LoadAsync(store);
        Assert.InRange(stored.Count, 1, cohort.Count - 1);
        Dictionary<string, Patient> byId = cohort.ToDictionary(p => p.Id, StringComparer.Ordinal);
        Assert.All(stored, p => Assert.Equal(PatientFileWriter.ToJson(byId[p.Id]), PatientFileWriter.ToJson(p)));

        FhirImportReport rerun = await service.ImportAsync(Request(store, fhir, writeChunk: 200), null, CancellationToken.None);

        Assert.Null(rerun.Failure);
        Assert.Equal(stored.Count, rerun.Outcome!.Unchanged.Count);
        Assert.Equal(cohort.Count, (await LoadAsync(store)).Count);
    }

    [Fact]
    public async Task ImportAsync_MergeEventsIntoStore_AddsTheNewEventsOnceAndARepeatWritesNothing()
    {
        Patient whole = CaseSeriesData.LoadAll()[0];
        Patient early = WithEvents(whole, whole.Events.Take(whole.Events.Count - 2));
        Patient later = WithEvents(whole, [whole.Events[0], .. whole.Events.TakeLast(2)]);
        using TestStore store = await TestStore.CreateAsync([early]);
        string fhir = Export(store, [later]);
        FhirImportRequest merge = Request(store, fhir) with { Settings = new FhirImportSettings(ValidateProfiles: false) { MergeEvents = true } };
        var service = store.Get<FhirImportService>();

        FhirImportReport first = await service.ImportAsync(merge, null, CancellationToken.None);
        FhirImportReport again = await service.ImportAsync(merge, null, CancellationToken.None);

        Assert.False(first.Outcome!.Rejected, string.Join("; ", first.Outcome.Problems));
        Assert.Equal([whole.Id], first.Outcome.Replaced);
        Assert.Equal([whole.Id], again.Outcome!.Unchanged);
        Patient stored = Assert.Single(await LoadAsync(store));
        Assert.Equal(whole.Events.Select(e => e.Id).Order(StringComparer.Ordinal), stored.Events.Select(e => e.Id).Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task ImportAsync_WithoutMergeIntoStore_ReplacesTheRecordWithTheImportedOne()
    {
        Patient whole = CaseSeriesData.LoadAll()[0];
        Patient later = WithEvents(whole, [whole.Events[0], .. whole.Events.TakeLast(2)]);
        using TestStore store = await TestStore.CreateAsync([whole]);

        FhirImportReport report = await store.Get<FhirImportService>().ImportAsync(Request(store, Export(store, [later])), null, CancellationToken.None);

        Assert.Equal([whole.Id], report.Outcome!.Replaced);
        Assert.Equal(3, Assert.Single(await LoadAsync(store)).Events.Count);
    }

    private static Patient WithEvents(Patient p, IEnumerable<LamTrack.Domain.Events.ClinicalEvent> events) => new(p.Id, p.Document, events)
    {
        Label = p.Label,
        Sex = p.Sex,
        Smoking = p.Smoking,
        Age = p.Age,
        FollowUpEnd = p.FollowUpEnd,
        DateConvention = p.DateConvention,
        Notes = p.Notes,
    };

    private static string Export(TestStore store, IReadOnlyList<Patient> patients)
    {
        string folder = store.File($"fhir-{Guid.NewGuid():N}");
        FhirExporter.WriteNdjson(patients, folder, TestStore.Now);
        return folder;
    }

    private static FhirImportRequest Request(TestStore store, string fhir, int writeChunk = 5000) =>
        new(FhirImportSource.FromPath(fhir), null, store.Database, new FhirImportSettings(ValidateProfiles: false, WriteChunk: writeChunk), "test");

    private static async Task<IReadOnlyList<Patient>> LoadAsync(TestStore store) =>
        (await store.Get<PatientSourceService>().LoadAsync(new PatientSourceRequest(null, store.Database), null, CancellationToken.None)).Patients;

    /// <summary>Cancels once the first patients have been written.</summary>
    private sealed class StopWhenWriting(CancellationTokenSource cancel) : IProgress<FhirImportProgress>
    {
        public void Report(FhirImportProgress value)
        {
            if (value.Stage == FhirImportStage.Writing && value.Done > 0)
            {
                cancel.Cancel();
            }
        }
    }
}
