using System.Diagnostics;
using System.Globalization;
using LamTrack.Application.Interop;
using LamTrack.Application.Ports;
using LamTrack.Domain.Patients;
using LamTrack.Fhir.Export;
using LamTrack.Fhir.Import;
using LamTrack.Fhir.Synthetic;
using LamTrack.Hosting.Storage;
using LamTrack.Storage;
using LamTrack.Storage.Errors;
using LamTrack.Storage.Timelines;
using NodaTime;

namespace LamTrack.Fhir.Benchmarks;

/// <summary>Exports a synthetic cohort as NDJSON and times the import path of <c>lamtrack import --fhir --db</c> on it
/// (docs/benchmarks.md); with <c>--parsers</c>, times the resource parsers alone instead (<see cref="ParserBench"/>).</summary>
/// <remarks>Without <c>--db</c> the target only counts patients, so the figure is the FHIR side alone (parse, checks,
/// mapping, assembly, domain rules); with it, the store's write follows and is timed as its own phase.</remarks>
internal static class FhirImportBench
{
    public static async Task<int> RunAsync(BenchSettings settings, IClock clock, TextWriter output, TextWriter error)
    {
        string folder = Path.Combine(Path.GetTempPath(), "lamtrack-bench-" + Guid.NewGuid().ToString("N"));
        try
        {
            var watch = Stopwatch.StartNew();
            var exported = FhirExporter.WriteNdjson(SyntheticCohort.Generate(settings.Patients, seed: 42), folder, clock.GetCurrentInstant());
            double exportSeconds = watch.Elapsed.TotalSeconds;
            long bytes = new DirectoryInfo(folder).EnumerateFiles().Sum(f => f.Length);
            if (settings.Parsers)
            {
                ParserBench.Run(folder, output);
                return 0;
            }

            string? db = settings.Database;
            IPatientImportTarget target = db is null ? new CountingTarget() : new StoreImportTarget(new TimelinePatientStore(await PrepareAsync(db).ConfigureAwait(false), clock, Environment.UserName));
            BenchTiming timing = await TimeAsync(folder, target, new ImportOptions(ValidateProfiles: settings.ProfileValidation)).ConfigureAwait(false);
            int count = settings.Patients;
            int resources = exported.Values.Sum();
            output.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"{count} patients, {resources} resources ({resources / (double)count:F1} per patient, {bytes / 1e6:F0} MB NDJSON); export {exportSeconds:F1} s; " +
                $"import into {(db is null ? "a counting target" : db)}: read, map and assemble {timing.ReadSeconds:F1} s ({resources / timing.ReadSeconds:F0} resources/s; assembly {timing.AssembleSeconds:F1} s of it), " +
                $"write {timing.WriteSeconds:F1} s, total {timing.ReadSeconds + timing.WriteSeconds:F1} s; process CPU {timing.CpuSeconds:F1} s, peak working set " +
                $"{Process.GetCurrentProcess().PeakWorkingSet64 / 1e6:F0} MB; garbage collections gen0/1/2 {GC.CollectionCount(0)}/{GC.CollectionCount(1)}/{GC.CollectionCount(2)}, " +
                $"paused {GC.GetTotalPauseDuration().TotalSeconds:F1} s; profile validation {(settings.ProfileValidation ? "on" : "off")}; " +
                $"imported {timing.Result.Imported.Count} ({timing.Result.Replaced.Count} updated, {timing.Result.Unchanged.Count} unchanged), errors {timing.Result.ErrorCount}"));
            return timing.Result.Rejected ? 1 : 0;
        }
        catch (StorageException ex)
        {
            error.WriteLine(ex.Message);
            return 1;
        }
        catch (Application.Problems.ProblemException ex)
        {
            error.WriteLine(ex.Problem.ToString());
            return 1;
        }
        finally
        {
            if (Directory.Exists(folder))
            {
                Directory.Delete(folder, recursive: true);
            }
        }
    }

    private static async Task<LamTrackDatabase> PrepareAsync(string connection)
    {
        LamTrackDatabase database = DatabaseLocator.Open(connection);
        if (database.Provider == StorageProvider.Sqlite)
        {
            Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(database.Description))!);
        }

        await database.MigrateAsync().ConfigureAwait(false);
        return database;
    }

    private static async Task<BenchTiming> TimeAsync(string folder, IPatientImportTarget target, ImportOptions options)
    {
        TimeSpan cpu = Process.GetCurrentProcess().TotalProcessorTime;
        var watch = Stopwatch.StartNew();
        double readEnded = 0;
        double? writeStarted = null;
        var progress = new PhaseProgress(p =>
        {
            if (p.Stage == FhirImportStage.Reading)
            {
                readEnded = watch.Elapsed.TotalSeconds;
            }
            else
            {
                writeStarted ??= watch.Elapsed.TotalSeconds;
            }
        });
        ImportResult result = await new FhirImporter(target, options).ImportAsync(folder, progress).ConfigureAwait(false);
        double total = watch.Elapsed.TotalSeconds;
        double assembled = writeStarted ?? total;
        return new BenchTiming(result, assembled, assembled - readEnded, total - assembled, (Process.GetCurrentProcess().TotalProcessorTime - cpu).TotalSeconds);
    }

    /// <summary>Phase times: reading (parse, checks, mapping) and assembling (joining and checking each patient) make
    /// <see cref="ReadSeconds"/>, the FHIR side; <see cref="WriteSeconds"/> is the target's (the store's) part.</summary>
    private sealed record BenchTiming(ImportResult Result, double ReadSeconds, double AssembleSeconds, double WriteSeconds, double CpuSeconds);

    private sealed class PhaseProgress(Action<FhirImportProgress> report) : IProgress<FhirImportProgress>
    {
        public void Report(FhirImportProgress value) => report(value);
    }

    private sealed class CountingTarget : IPatientImportTarget
    {
        public Task<ImportWriteResult> WriteAsync(IReadOnlyList<Patient> patients, IProgress<int>? progress, CancellationToken cancellationToken)
        {
            progress?.Report(patients.Count);
            return Task.FromResult(new ImportWriteResult([.. patients.Select(p => p.Id)], [], []));
        }
    }
}
