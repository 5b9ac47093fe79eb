using LamTrack.Cli.Infrastructure;
using LamTrack.Domain.Patients;
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

    /// <summary>Every stored patient; a problem becomes an issue naming the database, never an exception.</summary>
    public static PatientLoadResult Load(string connection, CliContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        try
        {
            LamTrackDatabase database = DatabaseLocator.OpenExisting(connection);
            var store = new TimelineStore(database, context.Clock, Environment.UserName);
            return new PatientLoadResult(LoadAll(store, database, context), [], []);
        }
        catch (StorageException ex)
        {
            var issue = new PatientFileIssue(PatientFileIssueCodes.Unreadable, connection, null, null, null, "--db", ex.Message);
            return new PatientLoadResult([], [issue], [connection]);
        }
    }

    private static IReadOnlyList<Patient> LoadAll(TimelineStore store, LamTrackDatabase database, CliContext context)
    {
        int count = CountPatients(database);
        if (count < ProgressThreshold)
        {
            return store.LoadAllAsync().GetAwaiter().GetResult();
        }

        IReadOnlyList<Patient> patients = [];
        context.Console.Progress().Start(ctx =>
        {
            ProgressTask task = ctx.AddTask("Loading patients", maxValue: count);
            patients = store.LoadAllAsync(new SynchronousProgress<int>(n => task.Value = n)).GetAwaiter().GetResult();
        });
        return patients;
    }

    private static int CountPatients(LamTrackDatabase database)
    {
        using LamTrackDbContext db = database.CreateContext();
        return db.Patients.Count();
    }
}
