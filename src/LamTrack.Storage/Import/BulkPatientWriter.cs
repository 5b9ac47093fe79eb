using System.Data.Common;
using LamTrack.Storage.Records;
using Microsoft.EntityFrameworkCore;

namespace LamTrack.Storage.Import;

/// <summary>Writes whole patients with prepared multi-row INSERTs, one transaction per patient.</summary>
/// <remarks>
/// The bulk import's fast path: EF Core's change tracking costs several milliseconds per 30-row patient, these
/// reused commands a fraction of that. Each <see cref="WriteAsync"/> commits the patient, its events and its
/// audit entry together or not at all, the same unit <see cref="LamTrackDbContext.SaveChanges(bool)"/> enforces.
/// </remarks>
internal sealed class BulkPatientWriter : IAsyncDisposable
{
    // Longer timelines are written in chunks of this many event rows per statement.
    private const int MaxEventRowsPerStatement = 64;

    private readonly LamTrackDbContext _db;
    private readonly DbConnection _connection;
    private readonly RowInserter _patients;
    private readonly RowInserter _audit;
    private readonly Dictionary<int, RowInserter> _events = [];

    private BulkPatientWriter(LamTrackDbContext db)
    {
        _db = db;
        _connection = db.Database.GetDbConnection();
        _patients = RowInserter.Create(db, typeof(PatientRecord), 1);
        _audit = RowInserter.Create(db, typeof(AuditEntryRecord), 1);
    }

    /// <summary>Opens the context's connection and prepares the commands.</summary>
    public static async Task<BulkPatientWriter> OpenAsync(LamTrackDbContext db, CancellationToken cancellationToken)
    {
        await db.Database.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
        return new BulkPatientWriter(db);
    }

    /// <summary>Inserts one patient with its events and its audit entry in one transaction.</summary>
    public async Task WriteAsync(PatientRecord patient, AuditEntryRecord audit, CancellationToken cancellationToken)
    {
        DbTransaction transaction = await _connection.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
        await using (transaction.ConfigureAwait(false))
        {
            await _patients.ExecuteAsync(transaction, [patient], cancellationToken).ConfigureAwait(false);
            TimelineEventRecord[] events = [.. patient.Events];
            foreach (TimelineEventRecord[] chunk in events.Chunk(MaxEventRowsPerStatement))
            {
                await EventInserter(chunk.Length).ExecuteAsync(transaction, chunk, cancellationToken).ConfigureAwait(false);
            }

            await _audit.ExecuteAsync(transaction, [audit], cancellationToken).ConfigureAwait(false);
            await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
        }
    }

    public async ValueTask DisposeAsync()
    {
        _patients.Dispose();
        _audit.Dispose();
        foreach (RowInserter inserter in _events.Values)
        {
            inserter.Dispose();
        }

        await _db.Database.CloseConnectionAsync().ConfigureAwait(false);
    }

    private RowInserter EventInserter(int rows)
    {
        if (!_events.TryGetValue(rows, out RowInserter? inserter))
        {
            inserter = RowInserter.Create(_db, typeof(TimelineEventRecord), rows);
            _events.Add(rows, inserter);
        }

        return inserter;
    }
}
