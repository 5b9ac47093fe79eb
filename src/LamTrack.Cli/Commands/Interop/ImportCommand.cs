using System.CommandLine;
using System.CommandLine.Parsing;
using LamTrack.Application.Interop;
using LamTrack.Application.Ports;
using LamTrack.Application.Problems;
using LamTrack.Cli.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using Spectre.Console;

namespace LamTrack.Cli.Commands.Interop;

/// <summary><c>lamtrack import --fhir PATH (--data DIR | --db CONNECTION) [--skip-invalid] [--no-profile-validation]</c>:
/// reads FHIR R4 Bundles or bulk-data NDJSON and writes the patients into patient files or the database, replacing
/// a patient with the same identifier only when its content changed.</summary>
public static class ImportCommand
{
    /// <summary>Creates the command.</summary>
    public static Command Create(CliContext context)
    {
        var fhir = new Option<string>("--fhir") { Description = "A Bundle (.json), an NDJSON file (.ndjson[.gz]) or a folder of them", Required = true };
        var data = new Option<string?>("--data") { Description = "Folder of patient files to import into (created if missing)" };
        var db = PatientSource.CreateDbOption();
        var skip = new Option<bool>("--skip-invalid") { Description = "Import the valid Bundles/patients and list the skipped ones instead of rejecting everything" };
        var fast = new Option<bool>("--no-profile-validation") { Description = "Skip the FHIR R4 base-profile validator (structure, codes and units are still checked)" };
        var command = new Command("import", "Import FHIR R4 into patient files or the database; exit 1 when the input is rejected") { fhir, data, db, skip, fast };
        command.Validators.Add(r => Check(r, data, db));
        command.SetAction((parse, cancellationToken) => RunAsync(
            new FhirImportRequest(FhirImportSource.FromPath(parse.GetValue(fhir)!), parse.GetValue(data), parse.GetValue(db),
                new FhirImportSettings(parse.GetValue(skip), !parse.GetValue(fast)), Environment.UserName),
            context, cancellationToken));
        return command;
    }

    /// <summary>Runs one import and prints its problems and summary.</summary>
    /// <returns>An exit code from <see cref="ExitCodes"/>.</returns>
    internal static async Task<int> RunAsync(FhirImportRequest request, CliContext context, CancellationToken cancellationToken)
    {
        var service = context.Services.GetRequiredService<FhirImportService>();
        FhirImportReport report = await WithProgressAsync(request, context, progress => service.ImportAsync(request, progress, cancellationToken)).ConfigureAwait(false);
        if (report.Outcome is not FhirImportOutcome outcome)
        {
            context.Error.WriteLine(report.Failure!.ToString());
            context.Error.WriteLine("the import stopped; patients written before the failure stay (each whole), re-running the import completes it");
            return ExitCodes.InvalidData;
        }

        return Report(outcome, request, context);
    }

    private static void Check(CommandResult r, Option<string?> data, Option<string?> db)
    {
        if ((r.GetValue(data) is null) == (r.GetValue(db) is null))
        {
            r.AddError("give exactly one of --data DIR or --db CONNECTION");
        }
    }

    private static async Task<FhirImportReport> WithProgressAsync(FhirImportRequest request, CliContext context, Func<IProgress<FhirImportProgress>?, Task<FhirImportReport>> import)
    {
        if (InputBytes(request.Source.Name) < ProgressConsole.MinimumBytes)
        {
            return await import(null).ConfigureAwait(false);
        }

        return await ProgressConsole.For(context).Progress().Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new RemainingTimeColumn())
            .StartAsync(ctx =>
            {
                ProgressTask reading = ctx.AddTask("Reading FHIR input");
                ProgressTask writing = ctx.AddTask("Writing patients", autoStart: false);
                return import(new ImportProgressBar(reading, writing));
            }).ConfigureAwait(false);
    }

    private static long InputBytes(string path) =>
        Directory.Exists(path) ? new DirectoryInfo(path).EnumerateFiles().Sum(f => f.Length)
        : File.Exists(path) ? new FileInfo(path).Length : 0;

    private static int Report(FhirImportOutcome result, FhirImportRequest request, CliContext context)
    {
        foreach (Problem problem in result.Problems)
        {
            context.Error.WriteLine(problem.ToString());
        }

        if (result.Rejected)
        {
            context.Error.WriteLine($"{result.ErrorCount} error(s); the input was rejected and nothing was imported (use --skip-invalid to import the valid part)");
            return ExitCodes.InvalidData;
        }

        int created = result.Imported.Count - result.Replaced.Count - result.Unchanged.Count;
        string profiles = request.Settings.ValidateProfiles ? "FHIR R4 base-profile validation on" : "FHIR R4 base-profile validation off (--no-profile-validation)";
        context.Console.WriteLine(
            $"{result.Imported.Count} patient(s) imported into {request.Database ?? request.DataFolder} ({created} new, {result.Replaced.Count} updated, " +
            $"{result.Unchanged.Count} unchanged), {result.Skipped.Count} unit(s) skipped; {profiles}",
            Style.Plain);
        return ExitCodes.Ok;
    }
}
