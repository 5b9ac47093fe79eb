using System.CommandLine;
using LamTrack.Cli.Infrastructure;
using LamTrack.Hosting.Storage;
using LamTrack.Storage;
using LamTrack.Storage.Integrity;
using Spectre.Console;

namespace LamTrack.Cli.Commands.Storage;

/// <summary><c>lamtrack check [--db CONNECTION]</c>: the database's own integrity and foreign-key checks, the audit
/// chain, and the domain rules over every stored patient (<see cref="StoreCheck"/>); exit 1 on any finding.</summary>
public static class CheckCommand
{
    /// <summary>Creates the command.</summary>
    public static Command Create(CliContext context)
    {
        var db = new Option<string?>("--db") { Description = DatabaseLocator.OptionDescription + "; default: " + DatabaseLocator.DefaultSqlitePath };
        var command = new Command("check", "Check the database: its own integrity and foreign keys, the audit chain, every stored patient; exit 1 on any finding") { db };
        command.SetAction((parse, cancellationToken) => RunAsync(parse.GetValue(db) ?? DatabaseLocator.DefaultSqlitePath, context, cancellationToken));
        return command;
    }

    private static async Task<int> RunAsync(string connection, CliContext context, CancellationToken cancellationToken)
    {
        LamTrackDatabase database = await DatabaseLocator.OpenExistingAsync(connection, readOnly: true, cancellationToken).ConfigureAwait(false);
        StoreCheckReport report = await new StoreCheck(database).RunAsync(cancellationToken).ConfigureAwait(false);
        foreach (string note in report.Notes)
        {
            context.Console.WriteLine($"checked: {note}", Style.Plain);
        }

        foreach (StoreFinding finding in report.Findings)
        {
            context.Error.WriteLine(finding.ToString());
        }

        string summary = $"{database.Description}: {report.PatientsChecked} patient(s) checked, {report.Findings.Count} finding(s)";
        if (report.IsClean)
        {
            context.Console.WriteLine(summary, Style.Plain);
            return ExitCodes.Ok;
        }

        context.Error.WriteLine(summary);
        return ExitCodes.InvalidData;
    }
}
