using System.CommandLine;
using LamTrack.Application.Ports;
using LamTrack.Application.Stores;
using LamTrack.Cli.Infrastructure;
using LamTrack.Hosting.Storage;
using Microsoft.Extensions.DependencyInjection;
using Spectre.Console;

namespace LamTrack.Cli.Commands.Storage;

/// <summary><c>lamtrack check [--db CONNECTION]</c>: the database's own integrity and foreign-key checks, the audit
/// chain, and the domain rules over every stored patient (<see cref="StoreCheckService"/>); exit 1 on any finding.</summary>
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
        StoreCheckOutcome outcome = await context.Services.GetRequiredService<StoreCheckService>().CheckAsync(connection, cancellationToken).ConfigureAwait(false);
        if (outcome.Summary is not StoreCheckSummary report)
        {
            outcome.Problems.ToList().ForEach(p => context.Error.WriteLine(p.ToString()));
            return ExitCodes.InvalidData;
        }

        foreach (string note in report.Notes)
        {
            context.Console.WriteLine($"checked: {note}", Style.Plain);
        }

        foreach (string finding in report.Findings)
        {
            context.Error.WriteLine(finding);
        }

        string summary = $"{report.Description}: {report.PatientsChecked} patient(s) checked, {report.Findings.Count} finding(s)";
        if (report.IsClean)
        {
            context.Console.WriteLine(summary, Style.Plain);
            return ExitCodes.Ok;
        }

        context.Error.WriteLine(summary);
        return ExitCodes.InvalidData;
    }
}
