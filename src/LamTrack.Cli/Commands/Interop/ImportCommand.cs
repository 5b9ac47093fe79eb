using System.CommandLine;
using System.CommandLine.Parsing;
using LamTrack.Application.Interop;
using LamTrack.Application.Ports;
using LamTrack.Application.Problems;
using LamTrack.Cli.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using Spectre.Console;

namespace LamTrack.Cli.Commands.Interop;

/// <summary><c>lamtrack import --fhir PATH (--data DIR | --db CONNECTION) [--skip-invalid] [--profile-validation] [--select lam]</c>:
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
        var profiles = new Option<bool>("--profile-validation") { Description = "Also check every resource against the FHIR R4 base profiles (Firely validator; slow on large inputs, see docs/fhir.md)" };
        var fast = new Option<bool>("--no-profile-validation") { Description = "The default: structure, codes and units are checked, the base-profile validator does not run" };
        var select = new Option<string?>("--select") { Description = "Import only the patients a cohort rule selects: 'lam' (a LAM Condition)" };
        select.AcceptOnlyFromAmong("lam");
        var merge = new Option<bool>("--merge") { Description = "Merge a patient already stored (or already a file) with the imported record: events matched by their source identifier, new ones added, none duplicated (a second source of the same person)" };
        var identifier = new Option<string?>("--patient-identifier-system") { Description = "The identifier system (an absolute URI, such as the site's master patient index) whose value is a patient's LamTrack id; default: the FHIR Patient id" };
        identifier.Validators.Add(r =>
        {
            if (r.GetValueOrDefault<string?>() is { } uri && !Uri.TryCreate(uri, UriKind.Absolute, out _))
            {
                r.AddError($"--patient-identifier-system: '{uri}' is not an absolute URI (such as urn:oid:1.2.3 or https://hospital.example/mpi)");
            }
        });
        var command = new Command("import", "Import FHIR R4 into patient files or the database; exit 1 when the input is rejected") { fhir, data, db, skip, profiles, fast, select, merge, identifier };
        command.Validators.Add(r => Check(r, data, db));
        command.Validators.Add(r =>
        {
            if (r.GetValue(profiles) && r.GetValue(fast))
            {
                r.AddError("--profile-validation and --no-profile-validation exclude each other");
            }
        });
        command.SetAction((parse, cancellationToken) => RunAsync(
            new FhirImportRequest(FhirImportSource.FromPath(parse.GetValue(fhir)!), parse.GetValue(data), parse.GetValue(db),
                new FhirImportSettings(parse.GetValue(skip), parse.GetValue(profiles))
                {
                    Select = parse.GetValue(select) is null ? null : CohortRule.Lam,
                    MergeEvents = parse.GetValue(merge),
                    PatientIdentifierSystem = parse.GetValue(identifier),
                },
                Environment.UserName),
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
        string profiles = request.Settings.ValidateProfiles
            ? "FHIR R4 base-profile validation on (--profile-validation)"
            : "FHIR R4 base-profile validation off (the default; --profile-validation turns it on)";
        context.Console.WriteLine(
            $"{result.Imported.Count} patient(s) imported into {request.Database ?? request.DataFolder} ({created} new, {result.Replaced.Count} updated, " +
            $"{result.Unchanged.Count} unchanged), {result.Skipped.Count} unit(s) skipped; {profiles}",
            Style.Plain);
        if (result.Selection is { } cohort)
        {
            context.Console.WriteLine(CohortLine(cohort), Style.Plain);
        }

        return ExitCodes.Ok;
    }

    private static string CohortLine(CohortSelection c)
    {
        string reasons = c.LeftOut.Count == 0 ? "none" : string.Join(", ", c.LeftOut.OrderBy(r => r.Key, StringComparer.Ordinal).Select(r => $"{r.Value} {r.Key}"));
        return $"cohort {c.Rule.ToString().ToLowerInvariant()}: {c.Seen} patient(s) seen, {c.Selected} selected; left out: {reasons}; " +
            $"{c.ResourcesLeftOut} resource(s) of left-out patients skipped unparsed";
    }
}
