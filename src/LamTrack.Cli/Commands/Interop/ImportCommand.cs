using System.CommandLine;
using System.CommandLine.Parsing;
using LamTrack.Cli.Commands.Storage;
using LamTrack.Cli.Infrastructure;
using LamTrack.Hosting.Storage;
using LamTrack.Fhir.Import;
using LamTrack.Storage;
using LamTrack.Storage.Errors;
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
        command.SetAction(parse => Run(
            new ImportRequest(parse.GetValue(fhir)!, parse.GetValue(data), parse.GetValue(db), new ImportOptions(parse.GetValue(skip), !parse.GetValue(fast))),
            context));
        return command;
    }

    /// <summary>Runs one import and prints its problems and summary.</summary>
    /// <returns>An exit code from <see cref="ExitCodes"/>.</returns>
    internal static int Run(ImportRequest request, CliContext context)
    {
        IPatientImportTarget target;
        try
        {
            target = request.Db is null
                ? new PatientFileImportTarget(request.Data!)
                : new StoreImportTarget(DatabaseLocator.OpenExistingAsync(request.Db, CancellationToken.None).GetAwaiter().GetResult(), context.Clock, Environment.UserName);
            ImportResult result = Import(request, target, context);
            return Report(result, request, context);
        }
        catch (StorageException ex)
        {
            context.Error.WriteLine(ex.Message);
            context.Error.WriteLine("the import stopped; patients written before the failure stay (each whole), re-running the import completes it");
            return ExitCodes.InvalidData;
        }
    }

    private static void Check(CommandResult r, Option<string?> data, Option<string?> db)
    {
        if ((r.GetValue(data) is null) == (r.GetValue(db) is null))
        {
            r.AddError("give exactly one of --data DIR or --db CONNECTION");
        }
    }

    private static ImportResult Import(ImportRequest request, IPatientImportTarget target, CliContext context)
    {
        var importer = new FhirImporter(target, request.Options);
        if (InputBytes(request.Fhir) < ProgressConsole.MinimumBytes)
        {
            return importer.Import(request.Fhir);
        }

        ImportResult? result = null;
        ProgressConsole.For(context).Progress().Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new RemainingTimeColumn())
            .Start(ctx =>
            {
                ProgressTask reading = ctx.AddTask("Reading FHIR input");
                ProgressTask writing = ctx.AddTask("Writing patients", autoStart: false);
                result = importer.Import(request.Fhir, new ImportProgressBar(reading, writing));
            });
        return result!;
    }

    private static long InputBytes(string path) =>
        Directory.Exists(path) ? new DirectoryInfo(path).EnumerateFiles().Sum(f => f.Length)
        : File.Exists(path) ? new FileInfo(path).Length : 0;

    private static int Report(ImportResult result, ImportRequest request, CliContext context)
    {
        foreach (ImportProblem problem in result.Problems)
        {
            context.Error.WriteLine(problem.ToString());
        }

        if (result.Rejected)
        {
            context.Error.WriteLine($"{result.ErrorCount} error(s); the input was rejected and nothing was imported (use --skip-invalid to import the valid part)");
            return ExitCodes.InvalidData;
        }

        int created = result.Imported.Count - result.Replaced.Count - result.Unchanged.Count;
        string profiles = request.Options.ValidateProfiles ? "FHIR R4 base-profile validation on" : "FHIR R4 base-profile validation off (--no-profile-validation)";
        context.Console.WriteLine(
            $"{result.Imported.Count} patient(s) imported into {request.Db ?? request.Data} ({created} new, {result.Replaced.Count} updated, " +
            $"{result.Unchanged.Count} unchanged), {result.Skipped.Count} unit(s) skipped; {profiles}",
            Style.Plain);
        return ExitCodes.Ok;
    }
}
