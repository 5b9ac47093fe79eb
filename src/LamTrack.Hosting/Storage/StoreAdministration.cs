using LamTrack.Application.Ports;
using LamTrack.Application.Problems;
using LamTrack.Storage;
using LamTrack.Storage.Auditing;
using LamTrack.Storage.Integrity;
using LamTrack.Storage.Errors;
using LamTrack.Storage.Sqlite;
using LamTrack.Storage.Timelines;
using NodaTime;

namespace LamTrack.Hosting.Storage;

/// <summary>Creates, migrates and backs up SQLite and PostgreSQL stores through <see cref="DatabaseLocator"/>.</summary>
/// <remarks>A request that names no store uses <see cref="PatientStoreFactory.DefaultConnection"/>.</remarks>
public sealed class StoreAdministration(IClock clock, PatientStoreFactory factory) : IStoreAdministration
{
    /// <summary>The message of a backup asked of a PostgreSQL server.</summary>
    public const string PostgresBackupMessage = "backup: --db names a PostgreSQL server; back it up with pg_dump (see docs/storage.md, 'Backing up PostgreSQL').";

    /// <inheritdoc/>
    public async Task<StoreReady> InitialiseAsync(StoreOpenRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        string connection = request.Connection ?? factory.DefaultConnection;
        try
        {
            LamTrackDatabase database = DatabaseLocator.Open(connection);
            if (database.Provider == StorageProvider.Sqlite)
            {
                Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(database.Description))!);
            }

            await database.MigrateAsync(cancellationToken).ConfigureAwait(false);
            int migrations = (await database.AppliedMigrationsAsync(cancellationToken).ConfigureAwait(false)).Count;
            return new StoreReady(database.Provider.ToString(), database.Description, migrations, new TimelinePatientStore(database, clock, request.Actor));
        }
        catch (StorageException ex)
        {
            throw StorageProblems.ToProblemException(ex, connection);
        }
    }

    /// <inheritdoc/>
    public Task<long> BackupAsync(string? connection, string destinationPath, CancellationToken cancellationToken)
    {
        string source = connection ?? factory.DefaultConnection;
        if (DatabaseLocator.IsPostgres(source))
        {
            throw new ProblemException(new Problem(ApplicationProblemCodes.BackupNotSupported, PostgresBackupMessage, ProblemLocation.OfFile("--db")) { Text = PostgresBackupMessage });
        }

        cancellationToken.ThrowIfCancellationRequested();
        try
        {
            // SQLite's online backup API is synchronous: the copy runs on this thread, page by page.
            return Task.FromResult(SqliteBackup.Backup(source, destinationPath));
        }
        catch (StorageException ex)
        {
            throw StorageProblems.ToProblemException(ex, source);
        }
    }

    /// <inheritdoc/>
    public Task<StoreCheckSummary> CheckAsync(string? connection, CancellationToken cancellationToken) =>
        ReadOnlyAsync(connection, async database =>
        {
            StoreCheckReport report = await new StoreCheck(database).RunAsync(cancellationToken).ConfigureAwait(false);
            return new StoreCheckSummary(database.Description, [.. report.Findings.Select(f => f.ToString())], report.Notes, report.PatientsChecked);
        }, cancellationToken);

    /// <inheritdoc/>
    public Task<AuditVerification> VerifyAuditAsync(string? connection, CancellationToken cancellationToken) =>
        ReadOnlyAsync(connection, async database =>
        {
            AuditChainReport report = await new AuditChainVerifier(database).VerifyAsync(cancellationToken).ConfigureAwait(false);
            return new AuditVerification(database.Description, report.ChainedEntries, report.LegacyEntries, report.HeadHash, report.BrokenAtEntry, report.Problem);
        }, cancellationToken);

    // Opens an existing store read-only (a check never changes a file) and runs work on it, with the store's errors as problems.
    private async Task<T> ReadOnlyAsync<T>(string? connection, Func<LamTrackDatabase, Task<T>> work, CancellationToken cancellationToken)
    {
        string source = connection ?? factory.DefaultConnection;
        try
        {
            LamTrackDatabase database = await DatabaseLocator.OpenExistingAsync(source, readOnly: true, cancellationToken).ConfigureAwait(false);
            return await work(database).ConfigureAwait(false);
        }
        catch (StorageException ex)
        {
            throw StorageProblems.ToProblemException(ex, source);
        }
    }
}
