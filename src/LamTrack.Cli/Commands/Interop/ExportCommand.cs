using System.CommandLine;
using System.CommandLine.Parsing;
using System.Security.Cryptography;
using LamTrack.Cli.Infrastructure;
using LamTrack.Domain.Patients;
using LamTrack.Fhir.Export;
using LamTrack.Fhir.Research;
using LamTrack.PatientFiles;
using Spectre.Console;

namespace LamTrack.Cli.Commands.Interop;

/// <summary><c>lamtrack export --fhir OUT [--bundle|--ndjson] [--transaction]</c> and
/// <c>lamtrack export --csv OUT [--deidentify]</c> (docs/fhir.md, docs/research-export.md).</summary>
public static class ExportCommand
{
    /// <summary>Creates the command.</summary>
    public static Command Create(CliContext context)
    {
        var data = PatientSource.CreateDataOption();
        var fhir = new Option<string?>("--fhir") { Description = "Write FHIR R4 into this folder" };
        var csv = new Option<string?>("--csv") { Description = "Write a REDCap-style CSV export (records.csv, data_dictionary.csv) into this folder" };
        var bundle = new Option<bool>("--bundle") { Description = "FHIR: one Bundle file per patient (the default)" };
        var ndjson = new Option<bool>("--ndjson") { Description = "FHIR: bulk-data NDJSON, one file per resource type, with manifest.json" };
        var transaction = new Option<bool>("--transaction") { Description = "FHIR Bundles: transaction (PUT) instead of collection" };
        var deidentify = new Option<bool>("--deidentify") { Description = "CSV: random study ids, per-patient date shift, ages over 89 grouped, free text dropped" };
        var force = new Option<bool>("--force") { Description = "Replace an earlier export in the folder as a whole (without it, a non-empty folder is refused)" };
        var command = new Command("export", "Export patients as FHIR R4 or as a REDCap-style CSV for researchers")
        {
            data, fhir, csv, bundle, ndjson, transaction, deidentify, force,
        };
        command.Validators.Add(r => Check(r, fhir, csv, bundle, ndjson, transaction, deidentify));
        command.SetAction(parse => Run(
            parse.GetValue(data), parse.GetValue(fhir), parse.GetValue(csv),
            new ExportChoices(parse.GetValue(ndjson), parse.GetValue(transaction), parse.GetValue(deidentify), parse.GetValue(force)), context));
        return command;
    }

    private static void Check(CommandResult r, Option<string?> fhir, Option<string?> csv, Option<bool> bundle, Option<bool> ndjson, Option<bool> transaction, Option<bool> deidentify)
    {
        bool toFhir = r.GetValue(fhir) is not null;
        bool toCsv = r.GetValue(csv) is not null;
        if (toFhir == toCsv)
        {
            r.AddError("give exactly one of --fhir OUT or --csv OUT");
        }

        if (r.GetValue(bundle) && r.GetValue(ndjson))
        {
            r.AddError("--bundle and --ndjson exclude each other");
        }

        if (!toFhir && (r.GetValue(bundle) || r.GetValue(ndjson) || r.GetValue(transaction)))
        {
            r.AddError("--bundle, --ndjson and --transaction apply to --fhir only");
        }

        if (r.GetValue(ndjson) && r.GetValue(transaction))
        {
            r.AddError("--transaction applies to Bundles, not to --ndjson");
        }

        if (!toCsv && r.GetValue(deidentify))
        {
            r.AddError("--deidentify applies to --csv only");
        }
    }

    private static int Run(string? data, string? fhir, string? csv, ExportChoices choices, CliContext context)
    {
        PatientLoadResult loaded = PatientSource.Load(data, context);
        PatientSource.PrintIssues(loaded, context);
        if (!loaded.IsValid)
        {
            context.Error.WriteLine($"{loaded.Issues.Count} problem(s) in the patient data; nothing exported");
            return ExitCodes.InvalidData;
        }

        IReadOnlyList<Patient> patients = loaded.Patients;
        NodaTime.Instant now = context.Clock.GetCurrentInstant();
        string written = WithProgress(context, patients.Count, progress => fhir is not null
            ? ExportFhir(patients, fhir, now, choices, progress)
            : ExportCsv(patients, csv!, choices));
        context.Console.WriteLine(written, Style.Plain);
        return ExitCodes.Ok;
    }

    private static string ExportFhir(IReadOnlyList<Patient> patients, string folder, NodaTime.Instant now, ExportChoices choices, IProgress<int> progress)
    {
        if (choices.Ndjson)
        {
            var counts = FhirExporter.WriteNdjson(patients, folder, now, progress, choices.Force);
            return $"{counts.Values.Sum()} resources of {patients.Count} patient(s) written as NDJSON to {folder} ({string.Join(", ", counts.Select(c => $"{c.Key} {c.Value}"))})";
        }

        int bundles = FhirExporter.WriteBundles(patients, folder, now, choices.Transaction, progress, choices.Force);
        return $"{bundles} {(choices.Transaction ? "transaction" : "collection")} Bundle(s) written to {folder}";
    }

    private static string ExportCsv(IReadOnlyList<Patient> patients, string folder, ExportChoices choices)
    {
        bool deidentify = choices.Deidentify;
        // The seed comes from the OS's cryptographic generator, so study ids and shifts cannot be re-derived.
        Deidentifier? deidentifier = deidentify ? new Deidentifier(new Random(RandomNumberGenerator.GetInt32(int.MaxValue))) : null;
        int rows = ResearchExport.Write(patients, folder, deidentifier, choices.Force);
        return $"{patients.Count} record(s), {rows} row(s) written to {folder}{(deidentify ? " (de-identified)" : string.Empty)}";
    }

    private static string WithProgress(CliContext context, int total, Func<IProgress<int>, string> work)
    {
        if (total < 1000)
        {
            return work(new Progress<int>());
        }

        string result = string.Empty;
        context.Console.Progress().Start(ctx =>
        {
            ProgressTask task = ctx.AddTask("Exporting patients", maxValue: total);
            result = work(new Progress<int>(n => task.Value = n));
            task.Value = total;
        });
        return result;
    }

    private sealed record ExportChoices(bool Ndjson, bool Transaction, bool Deidentify, bool Force);
}
