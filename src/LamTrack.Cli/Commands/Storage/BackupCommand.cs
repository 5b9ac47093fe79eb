using System.CommandLine;
using LamTrack.Application.Problems;
using LamTrack.Application.Stores;
using LamTrack.Cli.Infrastructure;
using LamTrack.Hosting.Storage;
using Microsoft.Extensions.DependencyInjection;
using Spectre.Console;

namespace LamTrack.Cli.Commands.Storage;

/// <summary><c>lamtrack backup --out FILE [--db CONNECTION]</c>: a consistent copy of a live SQLite database.</summary>
/// <remarks>PostgreSQL is backed up with its own tools (<c>pg_dump</c>); see docs/storage.md.</remarks>
public static class BackupCommand
{
    /// <summary>Creates the command.</summary>
    public static Command Create(CliContext context)
    {
        var db = new Option<string?>("--db") { Description = "SQLite database to back up; default: " + DatabaseLocator.DefaultSqlitePath };
        var output = new Option<string>("--out") { Description = "The backup file to write (must not exist yet)", Required = true };
        var command = new Command("backup", "Copy the SQLite database with SQLite's online backup API, while it stays in use") { db, output };
        command.SetAction((parse, cancellationToken) => RunAsync(new StoreBackupRequest(parse.GetValue(db) ?? DatabaseLocator.DefaultSqlitePath, parse.GetValue(output)!), context, cancellationToken));
        return command;
    }

    private static async Task<int> RunAsync(StoreBackupRequest request, CliContext context, CancellationToken cancellationToken)
    {
        StoreBackupService service = context.Services.GetRequiredService<StoreBackupService>();
        StoreBackupOutcome outcome = await service.BackupAsync(request, cancellationToken).ConfigureAwait(false);
        if (outcome.Path is null)
        {
            outcome.Problems.ToList().ForEach(p => context.Error.WriteLine(p.ToString()));
            return outcome.Problems.Any(p => p.Code == ApplicationProblemCodes.BackupNotSupported) ? ExitCodes.Usage : ExitCodes.InvalidData;
        }

        context.Console.WriteLine($"backup written to {outcome.Path} ({outcome.Bytes:N0} bytes, integrity check ok)", Style.Plain);
        return ExitCodes.Ok;
    }
}
