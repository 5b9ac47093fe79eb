using System.CommandLine;
using System.Diagnostics;
using System.Globalization;
using LamTrack.Cli.Infrastructure;
using LamTrack.Domain.Patients;
using LamTrack.Fhir.Export;
using LamTrack.Fhir.Import;
using LamTrack.Fhir.Synthetic;
using Spectre.Console;

namespace LamTrack.Cli.Commands.Interop;

/// <summary><c>lamtrack bench-fhir --patients N</c>: times NDJSON export and import of a synthetic cohort
/// (docs/benchmarks/fhir.md). The import target only counts patients, so the figure is the FHIR side alone.</summary>
public static class BenchFhirCommand
{
    /// <summary>Creates the command.</summary>
    public static Command Create(CliContext context)
    {
        var patients = new Option<int>("--patients") { Description = "Number of synthetic patients", DefaultValueFactory = _ => 10_000 };
        var profiles = new Option<bool>("--profile-validation") { Description = "Also run the FHIR R4 base-profile validator on every resource" };
        var command = new Command("bench-fhir", "Benchmark FHIR NDJSON export and import on a synthetic cohort") { patients, profiles };
        command.SetAction(parse => Run(parse.GetValue(patients), parse.GetValue(profiles), context));
        return command;
    }

    private static int Run(int count, bool profiles, CliContext context)
    {
        string folder = Path.Combine(Path.GetTempPath(), "lamtrack-bench-" + Guid.NewGuid().ToString("N"));
        try
        {
            var watch = Stopwatch.StartNew();
            var exported = FhirExporter.WriteNdjson(SyntheticCohort.Generate(count, seed: 42), folder, context.Clock.GetCurrentInstant());
            double exportSeconds = watch.Elapsed.TotalSeconds;
            int resources = exported.Values.Sum();
            var target = new CountingTarget();
            watch.Restart();
            ImportResult result = null!;
            context.Console.Progress().Start(ctx =>
            {
                ProgressTask task = ctx.AddTask("Importing NDJSON", maxValue: resources);
                result = new FhirImporter(target, new ImportOptions(ValidateProfiles: profiles)).Import(folder, new Progress<int>(n => task.Value = n));
                task.Value = resources;
            });
            double importSeconds = watch.Elapsed.TotalSeconds;
            context.Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"{count} patients, {resources} resources; export {exportSeconds:F1} s; import {importSeconds:F1} s ({resources / importSeconds:F0} resources/s, profile validation {(profiles ? "on" : "off")}); imported {target.Count}, errors {result.ErrorCount}"),
                Style.Plain);
            return result.Rejected ? ExitCodes.InvalidData : ExitCodes.Ok;
        }
        finally
        {
            if (Directory.Exists(folder))
            {
                Directory.Delete(folder, recursive: true);
            }
        }
    }

    private sealed class CountingTarget : IPatientImportTarget
    {
        public int Count { get; private set; }

        public bool Contains(string patientId) => false;

        public void Write(IReadOnlyList<Patient> patients) => Count += patients.Count;
    }
}
