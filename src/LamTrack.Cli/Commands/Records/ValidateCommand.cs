using System.CommandLine;
using LamTrack.Application.Records;
using LamTrack.Cli.Infrastructure;
using LamTrack.PatientFiles;
using Microsoft.Extensions.DependencyInjection;
using Spectre.Console;

namespace LamTrack.Cli.Commands.Records;

/// <summary><c>lamtrack validate PATH</c>: checks patient files and prints every problem with file, patient, event, field and reason.</summary>
public static class ValidateCommand
{
    /// <summary>Creates the command.</summary>
    public static Command Create(CliContext context)
    {
        var path = new Argument<string>("path") { Description = "A patient file (.json), JSON Lines file (.jsonl) or a folder" };
        var command = new Command("validate", "Check patient files; exit 0 when valid, 1 when not") { path };
        command.SetAction((parse, cancellationToken) => RunAsync(parse.GetValue(path)!, context, cancellationToken));
        return command;
    }

    private static async Task<int> RunAsync(string path, CliContext context, CancellationToken cancellationToken)
    {
        var service = context.Services.GetRequiredService<PatientSourceService>();
        PatientLoadResult result = await service.LoadAsync(new PatientSourceRequest(path, null), null, cancellationToken).ConfigureAwait(false);
        PatientSource.PrintIssues(result, context);
        int records = result.Patients.Count + result.InvalidRecords.Count;
        if (result.IsValid)
        {
            context.Console.WriteLine($"{records} patient record(s) valid in {path}", Style.Plain);
            return ExitCodes.Ok;
        }

        context.Error.WriteLine($"{result.Issues.Count} problem(s); {result.InvalidRecords.Count} of {records} record(s) invalid");
        return ExitCodes.InvalidData;
    }
}
