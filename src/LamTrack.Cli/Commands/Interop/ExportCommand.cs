using System.CommandLine;
using System.CommandLine.Parsing;
using LamTrack.Application.Interop;
using LamTrack.Application.Ports;
using LamTrack.Cli.Infrastructure;
using LamTrack.Domain.Patients;
using LamTrack.PatientFiles;
using Microsoft.Extensions.DependencyInjection;
using Spectre.Console;

namespace LamTrack.Cli.Commands.Interop;

/// <summary><c>lamtrack export --fhir OUT [--bundle|--ndjson] [--transaction]</c> and
/// <c>lamtrack export --csv OUT [--deidentify]</c>, from <c>--data PATH</c> or <c>--db CONNECTION</c> (docs/fhir.md, docs/research-export.md).</summary>
public static class ExportCommand
{
    /// <summary>Creates the command.</summary>
    public static Command Create(CliContext context)
    {
        var data = PatientSource.CreateDataOption();
        var db = PatientSource.CreateDbOption();
        var fhir = new Option<string?>("--fhir") { Description = "Write FHIR R4 into this folder" };
        var csv = new Option<string?>("--csv") { Description = "Write a REDCap-style CSV export (records.csv, data_dictionary.csv) into this folder" };
        var bundle = new Option<bool>("--bundle") { Description = "FHIR: one Bundle file per patient (the default)" };
        var ndjson = new Option<bool>("--ndjson") { Description = "FHIR: bulk-data NDJSON, one file per resource type, with manifest.json" };
        var transaction = new Option<bool>("--transaction") { Description = "FHIR Bundles: transaction (PUT) instead of collection" };
        var deidentify = new Option<bool>("--deidentify") { Description = "CSV: random study ids, per-patient date shift, ages over 89 grouped, free text dropped" };
        var force = new Option<bool>("--force") { Description = "Replace an earlier export in the folder as a whole (without it, a non-empty folder is refused)" };
        var command = new Command("export", "Export patients as FHIR R4 or as a REDCap-style CSV for researchers")
        {
            data, db, fhir, csv, bundle, ndjson, transaction, deidentify, force,
        };
        command.Validators.Add(r => Check(r, fhir, csv, bundle, ndjson, transaction, deidentify));
        command.SetAction((parse, cancellationToken) => RunAsync(
            new Sources(parse.GetValue(data), parse.GetValue(db)), parse.GetValue(fhir), parse.GetValue(csv),
            new ExportChoices(parse.GetValue(ndjson), parse.GetValue(transaction), parse.GetValue(deidentify), parse.GetValue(force)), context, cancellationToken));
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

    private static async Task<int> RunAsync(Sources sources, string? fhir, string? csv, ExportChoices choices, CliContext context, CancellationToken cancellationToken)
    {
        PatientLoadResult loaded = await PatientSource.LoadAsync(sources.Data, sources.Db, context, cancellationToken).ConfigureAwait(false);
        PatientSource.PrintIssues(loaded, context);
        if (!loaded.IsValid)
        {
            context.Error.WriteLine($"{loaded.Issues.Count} problem(s) in the patient data; nothing exported");
            return ExitCodes.InvalidData;
        }

        IReadOnlyList<Patient> patients = loaded.Patients;
        var service = context.Services.GetRequiredService<PatientExportService>();
        ExportReport report = await WithProgressAsync(context, patients.Count, progress => fhir is not null
            ? service.ExportFhirAsync(new FhirExportRequest(patients, fhir, Layout(choices), choices.Force), progress, cancellationToken)
            : service.ExportResearchAsync(new ResearchExportRequest(patients, csv!, choices.Deidentify, choices.Force), cancellationToken)).ConfigureAwait(false);
        if (report.Failure is not null)
        {
            context.Error.WriteLine(report.Failure.ToString());
            return ExitCodes.InvalidData;
        }

        context.Console.WriteLine(report.Fhir is not null ? Describe(report.Fhir, fhir!, choices) : Describe(report.Research!, csv!), Style.Plain);
        return ExitCodes.Ok;
    }

    private static FhirExportLayout Layout(ExportChoices choices) =>
        choices.Ndjson ? FhirExportLayout.Ndjson : choices.Transaction ? FhirExportLayout.TransactionBundles : FhirExportLayout.CollectionBundles;

    private static string Describe(FhirExportOutcome outcome, string folder, ExportChoices choices) => choices.Ndjson
        ? $"{outcome.ResourceCounts.Values.Sum()} resources of {outcome.Patients} patient(s) written as NDJSON to {folder} ({string.Join(", ", outcome.ResourceCounts.Select(c => $"{c.Key} {c.Value}"))})"
        : $"{outcome.Bundles} {(choices.Transaction ? "transaction" : "collection")} Bundle(s) written to {folder}";

    private static string Describe(ResearchExportOutcome outcome, string folder) =>
        $"{outcome.Records} record(s), {outcome.Rows} row(s) written to {folder}{(outcome.Deidentified ? " (de-identified)" : string.Empty)}";

    private static async Task<ExportReport> WithProgressAsync(CliContext context, int total, Func<IProgress<int>, Task<ExportReport>> work)
    {
        if (total < 1000)
        {
            return await work(new Progress<int>()).ConfigureAwait(false);
        }

        return await context.Console.Progress().StartAsync(async ctx =>
        {
            ProgressTask task = ctx.AddTask("Exporting patients", maxValue: total);
            ExportReport result = await work(new Progress<int>(n => task.Value = n)).ConfigureAwait(false);
            task.Value = total;
            return result;
        }).ConfigureAwait(false);
    }

    private sealed record Sources(string? Data, string? Db);

    private sealed record ExportChoices(bool Ndjson, bool Transaction, bool Deidentify, bool Force);
}
