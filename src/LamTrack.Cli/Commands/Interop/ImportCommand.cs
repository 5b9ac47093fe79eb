using System.CommandLine;
using LamTrack.Cli.Infrastructure;
using LamTrack.Fhir.Import;
using Spectre.Console;

namespace LamTrack.Cli.Commands.Interop;

/// <summary><c>lamtrack import --fhir PATH --data DIR [--skip-invalid]</c>: reads FHIR R4 Bundles or bulk-data NDJSON
/// and writes LamTrack patient files into DIR, replacing patients with the same identifier.</summary>
public static class ImportCommand
{
    /// <summary>Creates the command.</summary>
    public static Command Create(CliContext context)
    {
        var fhir = new Option<string>("--fhir") { Description = "A Bundle (.json), an NDJSON file (.ndjson[.gz]) or a folder of them", Required = true };
        var data = new Option<string>("--data") { Description = "Folder of patient files to import into (created if missing)", Required = true };
        var skip = new Option<bool>("--skip-invalid") { Description = "Import the valid Bundles/patients and list the skipped ones instead of rejecting everything" };
        var fast = new Option<bool>("--no-profile-validation") { Description = "Skip the FHIR R4 base-profile validator (structure, codes and units are still checked)" };
        var command = new Command("import", "Import FHIR R4 into patient files; exit 1 when the input is rejected") { fhir, data, skip, fast };
        command.SetAction(parse => Run(parse.GetValue(fhir)!, parse.GetValue(data)!, new ImportOptions(parse.GetValue(skip), !parse.GetValue(fast)), context));
        return command;
    }

    private static int Run(string input, string folder, ImportOptions options, CliContext context)
    {
        var importer = new FhirImporter(new PatientFileImportTarget(folder), options);
        ImportResult? result = null;
        context.Console.Status().Start("Importing FHIR resources", status =>
            result = importer.Import(input, new Progress<int>(n =>
            {
                if (n % 1000 == 0)
                {
                    status.Status($"Importing FHIR resources: {n} read");
                }
            })));
        foreach (ImportProblem problem in result!.Problems)
        {
            context.Error.WriteLine(problem.ToString());
        }

        if (result.Rejected)
        {
            context.Error.WriteLine($"{result.ErrorCount} error(s); the input was rejected and nothing was imported (use --skip-invalid to import the valid part)");
            return ExitCodes.InvalidData;
        }

        context.Console.WriteLine(
            $"{result.Imported.Count} patient(s) imported into {folder} ({result.Replaced.Count} replaced), {result.Skipped.Count} unit(s) skipped",
            Style.Plain);
        return ExitCodes.Ok;
    }
}
