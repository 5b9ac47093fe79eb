using LamTrack.Application.Progress;
using System.CommandLine;
using LamTrack.Cli.Infrastructure;
using LamTrack.Hosting.Storage;
using LamTrack.PatientFiles;
using LamTrack.Storage;
using LamTrack.Storage.Errors;
using LamTrack.Storage.Import;
using LamTrack.Storage.Timelines;
using Spectre.Console;

namespace LamTrack.Cli.Commands.Storage;

/// <summary><c>lamtrack init [--db CONNECTION] [--import PATH]</c>: creates or upgrades a database, optionally loading patient files.</summary>
public static class InitCommand
{
    /// <summary>Creates the command.</summary>
    public static Command Create(CliContext context)
    {
        var db = new Option<string?>("--db") { Description = DatabaseLocator.OptionDescription + "; default: " + DatabaseLocator.DefaultSqlitePath };
        var import = new Option<string?>("--import") { Description = "Patient file, JSON Lines file or folder to load into the database (already stored patients are skipped)" };
        var command = new Command("init", "Create the database (or apply missing migrations) and optionally import patient files") { db, import };
        command.SetAction((parse, cancellationToken) => RunAsync(parse.GetValue(db) ?? DatabaseLocator.DefaultSqlitePath, parse.GetValue(import), context, cancellationToken));
        return command;
    }

    private static async Task<int> RunAsync(string connection, string? importPath, CliContext context, CancellationToken cancellationToken)
    {
        try
        {
            LamTrackDatabase database = DatabaseLocator.Open(connection);
            if (database.Provider == StorageProvider.Sqlite)
            {
                Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(database.Description))!);
            }

            await database.MigrateAsync(cancellationToken).ConfigureAwait(false);
            int migrations = (await database.AppliedMigrationsAsync(cancellationToken).ConfigureAwait(false)).Count;
            context.Console.WriteLine($"{database.Provider} database ready at {database.Description} ({migrations} migration(s) applied)", Style.Plain);
            return importPath is null ? ExitCodes.Ok : await ImportAsync(database, importPath, context, cancellationToken).ConfigureAwait(false);
        }
        catch (StorageException ex)
        {
            context.Error.WriteLine(ex.Message);
            return ExitCodes.InvalidData;
        }
    }

    private static async Task<int> ImportAsync(LamTrackDatabase database, string path, CliContext context, CancellationToken cancellationToken)
    {
        PatientLoadResult files = PatientSource.Load(path, context);
        PatientSource.PrintIssues(files, context);
        if (!files.IsValid)
        {
            context.Error.WriteLine($"{files.InvalidRecords.Count} invalid record(s) in {path}; nothing was imported");
            return ExitCodes.InvalidData;
        }

        // The store's own limits, for every patient before the first write: an import never stops half way on them.
        string[] refused = [.. files.Patients.Select(TimelineStore.Refusal).OfType<InvalidSnapshotException>().Select(e => e.Message)];
        if (refused.Length > 0)
        {
            Array.ForEach(refused, context.Error.WriteLine);
            context.Error.WriteLine($"{refused.Length} patient(s) in {path} exceed the store's limits; nothing was imported");
            return ExitCodes.InvalidData;
        }

        var store = new TimelineStore(database, context.Clock, Environment.UserName);
        ImportProgress done = await context.Console.Progress().StartAsync(ctx =>
        {
            ProgressTask task = ctx.AddTask("Importing patients", maxValue: Math.Max(1, files.Patients.Count));
            return store.ImportPatientsAsync(files.Patients, new SynchronousProgress<ImportProgress>(p => task.Value = p.Processed), cancellationToken);
        }).ConfigureAwait(false);
        context.Console.WriteLine($"{done.Imported} patient(s) imported, {done.AlreadyPresent} already stored", Style.Plain);
        return ExitCodes.Ok;
    }
}
