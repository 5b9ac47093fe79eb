using System.Data.Common;
using LamTrack.Storage.Auditing;
using LamTrack.Storage.Errors;
using LamTrack.Storage.Records;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Storage;

namespace LamTrack.Storage.Import;

/// <summary>Writes batches of whole patients, each batch in one transaction: patient rows, event rows, audit rows.</summary>
/// <remarks>
/// The bulk import's fast path. EF Core's change tracking costs milliseconds per 30-row patient, and a commit per
/// patient costs SQLite a WAL append and lock round per patient (half the CPU of the old per-patient import); here a
/// batch of several hundred patients shares one commit. The unit of atomicity is the batch, which only ever holds
/// whole patients, each with its audit entry: a crash rolls back whole patients, never part of one.
/// Rows go through <see cref="LamTrackDatabase.BulkCopier"/> when the provider has one (PostgreSQL's binary COPY),
/// else through prepared multi-row INSERTs (SQLite).
/// </remarks>
internal sealed class BulkPatientWriter : IAsyncDisposable
{
    // Measured on SQLite at 10,000 patients: 1 to 32 rows per statement cost about the same CPU (parameter binding
    // dominates), 100 rows some 20% more (Microsoft.Data.Sqlite binds each parameter by name). 16 rows of at most 8
    // columns: 128 parameters per statement.
    private const int RowsPerStatement = 16;

    // For the import's connection only. A 64 MB page cache (negative: KiB) instead of 2 MB: the (Kind, OccurredOn)
    // index takes rows in date order, not input order, so its pages are touched all over. A checkpoint every 16,384
    // WAL pages (64 MB) instead of 1,000: a batch writes about 14 MB, so the default checkpointed (and synced) after
    // every commit; fewer, larger checkpoints copy a page rewritten by several batches once. Measured at 20,000
    // patients, two runs each: about 10% less CPU, which is near the noise of a shared machine but was never worse.
    private const string SqliteImportPragmas = "PRAGMA cache_size=-65536; PRAGMA wal_autocheckpoint=16384;";

    // SQLite's defaults, put back before the connection returns to the pool for ordinary work.
    private const string SqliteDefaultPragmas = "PRAGMA cache_size=-2000; PRAGMA wal_autocheckpoint=1000;";

    private readonly LamTrackDbContext _db;
    private readonly DbConnection _connection;
    private readonly BulkRowCopier? _copier;
    private readonly ISqlGenerationHelper _sql;
    private readonly TableShape _patients;
    private readonly TableShape _events;
    private readonly TableShape _audit;
    private readonly Dictionary<(TableShape Shape, int Rows), RowInserter> _inserters = [];

    private BulkPatientWriter(LamTrackDbContext db, BulkRowCopier? copier)
    {
        _db = db;
        _connection = db.Database.GetDbConnection();
        _copier = copier;
        _sql = db.GetService<ISqlGenerationHelper>();
        _patients = TableShape.Of(db, typeof(PatientRecord));
        _events = TableShape.Of(db, typeof(TimelineEventRecord));
        _audit = TableShape.Of(db, typeof(AuditEntryRecord));
    }

    /// <summary>Opens the context's connection; <paramref name="copier"/> is the provider's bulk copy, or null for INSERTs.</summary>
    public static async Task<BulkPatientWriter> OpenAsync(LamTrackDbContext db, BulkRowCopier? copier, CancellationToken cancellationToken)
    {
        await db.Database.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
        if (IsSqlite(db))
        {
            await db.Database.ExecuteSqlRawAsync(SqliteImportPragmas, cancellationToken).ConfigureAwait(false);
        }

        return new BulkPatientWriter(db, copier);
    }

    /// <summary>Inserts the patients, their events and their audit entries in one transaction, all or nothing.</summary>
    /// <remarks>The audit entries are linked into the hash chain first, which also makes a concurrent writer wait.</remarks>
    /// <exception cref="StorageException">Another writer stored one of the batch's patients after this import began (STORE-003); nothing of the batch was written.</exception>
    public async Task WriteBatchAsync(IReadOnlyList<PreparedPatient> batch, CancellationToken cancellationToken)
    {
        try
        {
            await WriteInTransactionAsync(batch, cancellationToken).ConfigureAwait(false);
        }
        catch (DbException ex)
        {
            // Two imports of the same new patients raced: the unique identifier index let the other one win.
            string? taken = await FirstStoredAsync(batch, cancellationToken).ConfigureAwait(false);
            if (taken is null)
            {
                throw;
            }

            throw new StorageException(
                StorageIssues.PatientAlreadyExists,
                $"{StorageIssues.PatientAlreadyExists}: patient '{taken}' was stored by another writer while this import ran; this batch of {batch.Count} patient(s) was not written (earlier batches were). Run the import again: stored patients are skipped.",
                ex);
        }
    }

    private async Task<string?> FirstStoredAsync(IReadOnlyList<PreparedPatient> batch, CancellationToken cancellationToken)
    {
        string[] identifiers = [.. batch.Select(p => p.Identifier)];
        return await _db.Patients.AsNoTracking().Where(p => identifiers.Contains(p.Identifier))
            .Select(p => p.Identifier).FirstOrDefaultAsync(cancellationToken).ConfigureAwait(false);
    }

    private async Task WriteInTransactionAsync(IReadOnlyList<PreparedPatient> batch, CancellationToken cancellationToken)
    {
        DbTransaction transaction = await _connection.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
        await using (transaction.ConfigureAwait(false))
        {
            await AuditChain.AppendAsync(_connection, transaction, [.. batch.Select(p => p.Audit)], cancellationToken).ConfigureAwait(false);
            // Parent rows first: the event rows' foreign key needs their patient.
            await WriteAsync(transaction, _patients, [.. batch.Select(p => p.PatientRow)], cancellationToken).ConfigureAwait(false);
            await WriteAsync(transaction, _events, [.. batch.SelectMany(p => p.EventRows)], cancellationToken).ConfigureAwait(false);
            await WriteAsync(transaction, _audit, [.. batch.Select(p => _audit.ValuesOf(p.Audit))], cancellationToken).ConfigureAwait(false);
            await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary>The row of a patient record (without its events), in this writer's column order.</summary>
    public object?[] PatientRow(PatientRecord record) => _patients.ValuesOf(record);

    /// <summary>The row of an event record.</summary>
    public object?[] EventRow(TimelineEventRecord record) => _events.ValuesOf(record);

    public async ValueTask DisposeAsync()
    {
        foreach (RowInserter inserter in _inserters.Values)
        {
            inserter.Dispose();
        }

        if (IsSqlite(_db))
        {
            await _db.Database.ExecuteSqlRawAsync(SqliteDefaultPragmas).ConfigureAwait(false);
        }

        await _db.Database.CloseConnectionAsync().ConfigureAwait(false);
    }

    private static bool IsSqlite(LamTrackDbContext db) => db.Database.ProviderName?.EndsWith(".Sqlite", StringComparison.Ordinal) == true;

    private async Task WriteAsync(DbTransaction transaction, TableShape shape, object?[][] rows, CancellationToken cancellationToken)
    {
        if (_copier is not null)
        {
            await _copier.CopyAsync(_connection, shape.Schema, shape.Table, shape.Columns, rows, cancellationToken).ConfigureAwait(false);
            return;
        }

        foreach (object?[][] chunk in rows.Chunk(RowsPerStatement))
        {
            await Inserter(shape, chunk.Length).ExecuteAsync(transaction, chunk, cancellationToken).ConfigureAwait(false);
        }
    }

    private RowInserter Inserter(TableShape shape, int rows)
    {
        if (!_inserters.TryGetValue((shape, rows), out RowInserter? inserter))
        {
            inserter = RowInserter.Create(_connection, _sql, shape, rows);
            _inserters.Add((shape, rows), inserter);
        }

        return inserter;
    }
}
