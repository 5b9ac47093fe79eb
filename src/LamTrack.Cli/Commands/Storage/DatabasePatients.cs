using LamTrack.Cli.Infrastructure;
using LamTrack.PatientFiles;
using LamTrack.Storage;
using LamTrack.Storage.Errors;
using LamTrack.Storage.Timelines;
using Spectre.Console;

namespace LamTrack.Cli.Commands.Storage;

/// <summary>Loads every patient from a database for the commands that read patients (<c>--db</c>).</summary>
/// <remarks>Patients come back ordered by identifier, as a folder of patient files named after them would.</remarks>
public static class DatabasePatients
{
    private const int ProgressThreshold = 10_000;

    /// <summary>Every stored patient that reads as valid; the database is opened read-only, and a problem (a database that
    /// cannot be opened, a stored record that no longer reads) becomes an issue naming the database or the patient, never an exception.</summary>
    public static PatientLoadResult Load(string connection, CliContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        try
        {
            LamTrackDatabase database = DatabaseLocator.OpenExisting(connection, readOnly: true);
            var store = new TimelineStore(database, context.Clock, Environment.UserName);
            return LoadAll(store, database, context);
        }
        catch (StorageException ex)
        {
            var issue = new PatientFileIssue(PatientFileIssueCodes.Unreadable, connection, null, null, null, "--db", ex.Message);
            return new PatientLoadResult([], [issue], [connection]);
        }
    }

    private static PatientLoadResult LoadAll(TimelineStore store, LamTrackDatabase database, CliContext context)
    {
        int count = CountPatients(database);
        if (count < ProgressThreshold)
        {
            return store.LoadAllCheckedAsync().GetAwaiter().GetResult();
        }

        PatientLoadResult? loaded = null;
        context.Console.Progress().Start(ctx =>
        {
            ProgressTask task = ctx.AddTask("Loading patients", maxValue: count);
            loaded = store.LoadAllCheckedAsync(new SynchronousProgress<int>(n => task.Value = n)).GetAwaiter().GetResult();
        });
        return loaded!;
    }

    private static int CountPatients(LamTrackDatabase database)
    {
        using LamTrackDbContext db = database.CreateContext();
        return db.Patients.Count();
    }
}
