using System.CommandLine;
using LamTrack.Cli.Infrastructure;
using LamTrack.Hosting.Storage;
using LamTrack.Storage.Errors;
using LamTrack.Storage.Sqlite;
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
        command.SetAction(parse => Run(parse.GetValue(db) ?? DatabaseLocator.DefaultSqlitePath, parse.GetValue(output)!, context));
        return command;
    }

    private static int Run(string connection, string output, CliContext context)
    {
        if (DatabaseLocator.IsPostgres(connection))
        {
            context.Error.WriteLine("backup: --db names a PostgreSQL server; back it up with pg_dump (see docs/storage.md, 'Backing up PostgreSQL').");
            return ExitCodes.Usage;
        }

        try
        {
            long bytes = SqliteBackup.Backup(connection, output);
            context.Console.WriteLine($"backup written to {Path.GetFullPath(output)} ({bytes:N0} bytes, integrity check ok)", Style.Plain);
            return ExitCodes.Ok;
        }
        catch (StorageException ex)
        {
            context.Error.WriteLine(ex.Message);
            return ExitCodes.InvalidData;
        }
    }
}
