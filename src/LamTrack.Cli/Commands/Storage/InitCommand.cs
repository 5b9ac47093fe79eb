using System.CommandLine;
using LamTrack.Application.Ports;
using LamTrack.Application.Problems;
using LamTrack.Application.Progress;
using LamTrack.Application.Records;
using LamTrack.Application.Stores;
using LamTrack.Cli.Infrastructure;
using LamTrack.Hosting.Storage;
using LamTrack.PatientFiles;
using Microsoft.Extensions.DependencyInjection;
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
        StoreSetupService service = context.Services.GetRequiredService<StoreSetupService>();
        StoreSetupOutcome setup = await service.InitialiseAsync(new StoreOpenRequest(connection, StoreAccess.ReadWrite, Environment.UserName), cancellationToken).ConfigureAwait(false);
        if (setup.Ready is not StoreReady ready)
        {
            setup.Problems.ToList().ForEach(p => context.Error.WriteLine(p.ToString()));
            return ExitCodes.InvalidData;
        }

        context.Console.WriteLine($"{ready.Provider} database ready at {ready.Description} ({ready.MigrationsApplied} migration(s) applied)", Style.Plain);
        return importPath is null ? ExitCodes.Ok : await ImportAsync(service, ready.Store, importPath, context, cancellationToken).ConfigureAwait(false);
    }

    private static async Task<int> ImportAsync(StoreSetupService service, IPatientStore store, string path, CliContext context, CancellationToken cancellationToken)
    {
        PatientLoadResult files = await PatientSource.LoadAsync(path, null, context, cancellationToken).ConfigureAwait(false);
        PatientSource.PrintIssues(files, context);
        if (!files.IsValid)
        {
            context.Error.WriteLine($"{files.InvalidRecords.Count} invalid record(s) in {path}; nothing was imported");
            return ExitCodes.InvalidData;
        }

        StoreImportOutcome done = await context.Console.Progress().StartAsync(ctx =>
        {
            ProgressTask task = ctx.AddTask("Importing patients", maxValue: Math.Max(1, files.Patients.Count));
            return service.ImportAsync(store, files.Patients, new SynchronousProgress<int>(n => task.Value = n), cancellationToken);
        }).ConfigureAwait(false);
        if (!done.Succeeded)
        {
            done.Problems.ToList().ForEach(p => context.Error.WriteLine(p.ToString()));
            if (done.Problems.All(p => p.Code == ApplicationProblemCodes.StoreRefused))
            {
                context.Error.WriteLine($"{done.Problems.Count} patient(s) in {path} exceed the store's limits; nothing was imported");
            }

            return ExitCodes.InvalidData;
        }

        context.Console.WriteLine($"{done.Imported} patient(s) imported, {done.AlreadyPresent} already stored", Style.Plain);
        return ExitCodes.Ok;
    }
}
