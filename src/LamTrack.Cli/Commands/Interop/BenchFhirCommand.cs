using System.CommandLine;
using System.Diagnostics;
using System.Globalization;
using LamTrack.Cli.Commands.Storage;
using LamTrack.Cli.Infrastructure;
using LamTrack.Hosting.Storage;
using LamTrack.Domain.Patients;
using LamTrack.Fhir.Export;
using LamTrack.Fhir.Import;
using LamTrack.Fhir.Synthetic;
using LamTrack.Storage;
using LamTrack.Storage.Errors;
using Spectre.Console;

namespace LamTrack.Cli.Commands.Interop;

/// <summary><c>lamtrack bench-fhir --patients N [--db CONNECTION] [--profile-validation] [--parsers]</c>: exports a synthetic
/// cohort as NDJSON and times the import path of <c>lamtrack import --fhir --db</c> on it (docs/benchmarks/fhir.md);
/// with <c>--parsers</c>, times the resource parsers alone instead (<see cref="ParserBench"/>).</summary>
/// <remarks>Without <c>--db</c> the target only counts patients, so the figure is the FHIR side alone (parse, checks,
/// mapping, assembly, domain rules); with it, the store's write follows and is timed as its own phase.</remarks>
public static class BenchFhirCommand
{
    /// <summary>Creates the command.</summary>
    public static Command Create(CliContext context)
    {
        var patients = new Option<int>("--patients") { Description = "Number of synthetic patients", DefaultValueFactory = _ => 10_000 };
        var db = new Option<string?>("--db") { Description = DatabaseLocator.OptionDescription + " (created and migrated if missing); without it, a counting target" };
        var profiles = new Option<bool>("--profile-validation") { Description = "Also run the FHIR R4 base-profile validator on every resource" };
        var parsers = new Option<bool>("--parsers") { Description = "Time the SDK's strict deserializer against the import's parser on the exported lines (no import)" };
        var command = new Command("bench-fhir", "Benchmark FHIR NDJSON export and import on a synthetic cohort") { patients, db, profiles, parsers };
        command.SetAction(parse => Run(parse.GetValue(patients), parse.GetValue(db), parse.GetValue(profiles), parse.GetValue(parsers), context));
        return command;
    }

    private static int Run(int count, string? db, bool profiles, bool parsers, CliContext context)
    {
        string folder = Path.Combine(Path.GetTempPath(), "lamtrack-bench-" + Guid.NewGuid().ToString("N"));
        try
        {
            var watch = Stopwatch.StartNew();
            var exported = FhirExporter.WriteNdjson(SyntheticCohort.Generate(count, seed: 42), folder, context.Clock.GetCurrentInstant());
            double exportSeconds = watch.Elapsed.TotalSeconds;
            long bytes = new DirectoryInfo(folder).EnumerateFiles().Sum(f => f.Length);
            if (parsers)
            {
                ParserBench.Run(folder, context.Console);
                return ExitCodes.Ok;
            }

            IPatientImportTarget target = db is null ? new CountingTarget() : new StoreImportTarget(Prepare(db), context.Clock, Environment.UserName);
            BenchTiming timing = Time(folder, target, new ImportOptions(ValidateProfiles: profiles));
            int resources = exported.Values.Sum();
            context.Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"{count} patients, {resources} resources ({resources / (double)count:F1} per patient, {bytes / 1e6:F0} MB NDJSON); export {exportSeconds:F1} s; " +
                $"import into {(db is null ? "a counting target" : db)}: read, map and assemble {timing.ReadSeconds:F1} s ({resources / timing.ReadSeconds:F0} resources/s; assembly {timing.AssembleSeconds:F1} s of it), " +
                $"write {timing.WriteSeconds:F1} s, total {timing.ReadSeconds + timing.WriteSeconds:F1} s; process CPU {timing.CpuSeconds:F1} s, peak working set " +
                $"{Process.GetCurrentProcess().PeakWorkingSet64 / 1e6:F0} MB; garbage collections gen0/1/2 {GC.CollectionCount(0)}/{GC.CollectionCount(1)}/{GC.CollectionCount(2)}, " +
                $"paused {GC.GetTotalPauseDuration().TotalSeconds:F1} s; profile validation {(profiles ? "on" : "off")}; " +
                $"imported {timing.Result.Imported.Count} ({timing.Result.Replaced.Count} updated, {timing.Result.Unchanged.Count} unchanged), errors {timing.Result.ErrorCount}"),
                Style.Plain);
            return timing.Result.Rejected ? ExitCodes.InvalidData : ExitCodes.Ok;
        }
        catch (StorageException ex)
        {
            context.Error.WriteLine(ex.Message);
            return ExitCodes.InvalidData;
        }
        finally
        {
            if (Directory.Exists(folder))
            {
                Directory.Delete(folder, recursive: true);
            }
        }
    }

    private static LamTrackDatabase Prepare(string connection)
    {
        LamTrackDatabase database = DatabaseLocator.Open(connection);
        if (database.Provider == StorageProvider.Sqlite)
        {
            Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(database.Description))!);
        }

        database.MigrateAsync().GetAwaiter().GetResult();
        return database;
    }

    private static BenchTiming Time(string folder, IPatientImportTarget target, ImportOptions options)
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
        ImportResult result = new FhirImporter(target, options).Import(folder, progress);
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
        public ImportWriteResult Write(IReadOnlyList<Patient> patients, IProgress<int>? progress)
        {
            progress?.Report(patients.Count);
            return new ImportWriteResult([.. patients.Select(p => p.Id)], [], []);
        }
    }
}
