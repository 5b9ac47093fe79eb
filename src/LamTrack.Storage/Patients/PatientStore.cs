using System.Collections.Concurrent;
using System.Runtime.CompilerServices;
using LamTrack.Storage.Auditing;
using LamTrack.Storage.Errors;
using LamTrack.Storage.Records;
using Microsoft.EntityFrameworkCore;
using NodaTime;

namespace LamTrack.Storage.Patients;

/// <summary>Reads and edits patients' timelines; every edit is one transaction with its audit entry.</summary>
/// <remarks>
/// Edits are optimistic: <see cref="UpdateAsync"/> and <see cref="DeleteAsync"/> take the version the caller
/// loaded, and the database refuses the write when another edit has raised the version since. The refused
/// edit writes nothing and throws <see cref="ConcurrencyConflictException"/>; the earlier edit is kept.
/// </remarks>
public sealed class PatientStore
{
    private const string PatientEntity = "Patient";

    // A compiled query is bound to one model, and each provider builds its own model of the context.
    private static readonly ConcurrentDictionary<StorageProvider, Func<LamTrackDbContext, string, CancellationToken, Task<PatientRecord?>>> s_loadPatient = new();

    private readonly LamTrackDatabase _database;
    private readonly IClock _clock;
    private readonly string _actor;

    /// <summary>Creates a store over a database; edits are audited as made by <paramref name="actor"/> at <paramref name="clock"/>'s time.</summary>
    public PatientStore(LamTrackDatabase database, IClock clock, string actor)
    {
        ArgumentNullException.ThrowIfNull(database);
        ArgumentNullException.ThrowIfNull(clock);
        ArgumentException.ThrowIfNullOrWhiteSpace(actor);
        _database = database;
        _clock = clock;
        _actor = actor;
    }

    /// <summary>Loads one patient's whole timeline, or null when the identifier is not stored.</summary>
    public async Task<StoredPatient?> FindAsync(string identifier, CancellationToken cancellationToken = default)
    {
        await using LamTrackDbContext db = _database.CreateContext();
        var load = s_loadPatient.GetOrAdd(_database.Provider, _ => EF.CompileAsyncQuery((LamTrackDbContext c, string id, CancellationToken _) =>
            c.Patients.AsNoTracking().Include(p => p.Events).AsSingleQuery().SingleOrDefault(p => p.Identifier == id)));
        PatientRecord? record = await load(db, identifier, cancellationToken).ConfigureAwait(false);
        return record is null ? null : RecordMapping.ToStored(record);
    }

    /// <summary>One stored patient's record, read like <see cref="ReadAllAsync"/> (<see cref="PatientBulkReader.ReadOneAsync"/>), or null.</summary>
    public Task<StoredRecord?> FindRecordAsync(string identifier, CancellationToken cancellationToken = default) =>
        PatientBulkReader.ReadOneAsync(_database, identifier, cancellationToken);

    /// <summary>Streams every stored patient with its timeline through EF Core; one query, read as it goes.</summary>
    /// <remarks>Whole-cohort reads use <see cref="ReadAllAsync"/>, which returns the same patients several times faster.</remarks>
    public async IAsyncEnumerable<StoredPatient> StreamAllAsync([EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        await using LamTrackDbContext db = _database.CreateContext();
        IAsyncEnumerable<PatientRecord> rows = db.Patients.AsNoTracking().Include(p => p.Events).OrderBy(p => p.Id).AsAsyncEnumerable();
        await foreach (PatientRecord row in rows.WithCancellation(cancellationToken).ConfigureAwait(false))
        {
            yield return RecordMapping.ToStored(row);
        }
    }

    /// <summary>Every stored patient's record, in the order of <see cref="StreamAllAsync"/>, read in one sequential
    /// pass of one query without entity materialisation (<see cref="PatientBulkReader"/>).</summary>
    public IAsyncEnumerable<StoredRecord> ReadAllAsync(CancellationToken cancellationToken = default) =>
        PatientBulkReader.ReadAllAsync(_database, cancellationToken);

    /// <summary>The patients whose audit entries come after <paramref name="mark"/> (an audit entry id), at most
    /// <paramref name="limit"/> of them; with no mark, the last entry's id.</summary>
    /// <remarks>
    /// Every write appends its audit entry under the hash chain's lock, held until it commits (<see cref="Auditing.AuditChain"/>),
    /// so entry ids grow in commit order and a reader that has seen an id has seen every entry before it.
    /// </remarks>
    public async Task<(long Mark, IReadOnlyList<string> Identifiers, bool Complete)> ChangesSinceAsync(long? mark, int limit, CancellationToken cancellationToken = default)
    {
        await using LamTrackDbContext db = _database.CreateContext();
        if (mark is not long since)
        {
            return (await db.AuditEntries.MaxAsync(a => (long?)a.Id, cancellationToken).ConfigureAwait(false) ?? 0, [], true);
        }

        // Only the key's range: with the entity type in the condition SQLite walks the (type, key) index instead and
        // sorts every patient entry, which made this check cost more than the list it guards.
        var rows = await db.AuditEntries.AsNoTracking().Where(a => a.Id > since).OrderBy(a => a.Id)
            .Select(a => new { a.Id, a.EntityType, a.EntityKey }).Take(limit + 1).ToListAsync(cancellationToken).ConfigureAwait(false);
        bool complete = rows.Count <= limit;
        var kept = complete ? rows : rows.Take(limit).ToList();
        string[] patients = [.. kept.Where(r => r.EntityType == PatientEntity).Select(r => r.EntityKey).Distinct(StringComparer.Ordinal)];
        return (kept.Count == 0 ? since : kept[^1].Id, patients, complete);
    }

    /// <summary>How many patients are stored: one <c>COUNT</c> query.</summary>
    public async Task<int> CountAsync(CancellationToken cancellationToken = default)
    {
        await using LamTrackDbContext db = _database.CreateContext();
        return await db.Patients.CountAsync(cancellationToken).ConfigureAwait(false);
    }

    /// <summary>The identifiers of every stored patient, in ordinal order.</summary>
    public async Task<IReadOnlyList<string>> ListIdentifiersAsync(CancellationToken cancellationToken = default)
    {
        await using LamTrackDbContext db = _database.CreateContext();
        List<string> identifiers = await db.Patients.AsNoTracking().Select(p => p.Identifier).ToListAsync(cancellationToken).ConfigureAwait(false);
        identifiers.Sort(StringComparer.Ordinal);
        return identifiers;
    }

    /// <summary>Stores a new patient at version 1, audited as <see cref="AuditAction.Created"/>.</summary>
    /// <returns>The new version, 1.</returns>
    /// <exception cref="InvalidSnapshotException">The snapshot breaks a rule of the store.</exception>
    /// <exception cref="DuplicatePatientException">The identifier is already stored.</exception>
    public async Task<int> CreateAsync(PatientSnapshot snapshot, CancellationToken cancellationToken = default)
    {
        SnapshotValidator.Validate(snapshot);
        await using LamTrackDbContext db = _database.CreateContext();
        if (await db.Patients.AnyAsync(p => p.Identifier == snapshot.Identifier, cancellationToken).ConfigureAwait(false))
        {
            throw new DuplicatePatientException(snapshot.Identifier);
        }

        Instant now = _clock.GetCurrentInstant();
        db.Patients.Add(RecordMapping.NewRecord(snapshot, now));
        db.AuditEntries.Add(Audit(now, AuditAction.Created, snapshot.Identifier, 1, null, SnapshotJson.Write(snapshot, 1)));
        await SaveAsync(db, snapshot.Identifier, 0, cancellationToken).ConfigureAwait(false);
        return 1;
    }

    /// <summary>Replaces a patient's details and timeline, if it is still at <paramref name="expectedVersion"/>.</summary>
    /// <returns>The new version, <paramref name="expectedVersion"/> + 1.</returns>
    /// <exception cref="InvalidSnapshotException">The snapshot breaks a rule of the store.</exception>
    /// <exception cref="PatientNotFoundException">The identifier is not stored.</exception>
    /// <exception cref="ConcurrencyConflictException">Someone else saved a newer version first; nothing was written.</exception>
    public async Task<int> UpdateAsync(PatientSnapshot snapshot, int expectedVersion, CancellationToken cancellationToken = default)
    {
        SnapshotValidator.Validate(snapshot);
        await using LamTrackDbContext db = _database.CreateContext();
        PatientRecord record = await LoadForEditAsync(db, snapshot.Identifier, expectedVersion, cancellationToken).ConfigureAwait(false);
        string before = SnapshotJson.Write(RecordMapping.ToStored(record).Patient, expectedVersion);
        int next = expectedVersion + 1;
        Instant now = _clock.GetCurrentInstant();
        ApplyEdit(db, record, snapshot, next, now);
        db.AuditEntries.Add(Audit(now, AuditAction.Updated, snapshot.Identifier, next, before, SnapshotJson.Write(snapshot, next)));
        await SaveAsync(db, snapshot.Identifier, expectedVersion, cancellationToken).ConfigureAwait(false);
        return next;
    }

    /// <summary>Removes a patient and its timeline, if it is still at <paramref name="expectedVersion"/>.</summary>
    /// <exception cref="PatientNotFoundException">The identifier is not stored.</exception>
    /// <exception cref="ConcurrencyConflictException">Someone else saved a newer version first; nothing was removed.</exception>
    public async Task DeleteAsync(string identifier, int expectedVersion, CancellationToken cancellationToken = default)
    {
        await using LamTrackDbContext db = _database.CreateContext();
        PatientRecord record = await LoadForEditAsync(db, identifier, expectedVersion, cancellationToken).ConfigureAwait(false);
        string before = SnapshotJson.Write(RecordMapping.ToStored(record).Patient, expectedVersion);
        db.Patients.Remove(record);
        db.AuditEntries.Add(Audit(_clock.GetCurrentInstant(), AuditAction.Deleted, identifier, 0, before, null));
        await SaveAsync(db, identifier, expectedVersion, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>The audit trail of one patient, oldest first.</summary>
    public async Task<IReadOnlyList<AuditEntry>> HistoryAsync(string identifier, CancellationToken cancellationToken = default)
    {
        await using LamTrackDbContext db = _database.CreateContext();
        List<AuditEntryRecord> rows = await db.AuditEntries.AsNoTracking()
            .Where(a => a.EntityType == PatientEntity && a.EntityKey == identifier)
            .OrderBy(a => a.Id)
            .ToListAsync(cancellationToken).ConfigureAwait(false);
        return [.. rows.Select(ToEntry)];
    }

    internal static AuditEntryRecord Audit(Instant now, AuditAction action, string identifier, int version, string? before, string? after, string actor) => new()
    {
        OccurredAt = now,
        Actor = actor,
        Action = action.ToString(),
        EntityType = PatientEntity,
        EntityKey = identifier,
        EntityVersion = version,
        BeforeJson = before,
        AfterJson = after,
    };

    private AuditEntryRecord Audit(Instant now, AuditAction action, string identifier, int version, string? before, string? after) =>
        Audit(now, action, identifier, version, before, after, _actor);

    private static async Task<PatientRecord> LoadForEditAsync(LamTrackDbContext db, string identifier, int expectedVersion, CancellationToken cancellationToken)
    {
        PatientRecord record = await db.Patients.Include(p => p.Events)
            .SingleOrDefaultAsync(p => p.Identifier == identifier, cancellationToken).ConfigureAwait(false)
            ?? throw new PatientNotFoundException(identifier);
        if (record.Version != expectedVersion)
        {
            throw new ConcurrencyConflictException(identifier, expectedVersion, record.Version);
        }

        return record;
    }

    private static void ApplyEdit(LamTrackDbContext db, PatientRecord record, PatientSnapshot snapshot, int nextVersion, Instant now)
    {
        record.DetailsJson = snapshot.DetailsJson;
        record.Version = nextVersion;
        record.UpdatedAt = now;
        // Events are keyed by position: rewrite the common prefix in place (EF updates only changed
        // columns), drop the surplus, append the rest. No key is ever deleted and re-added in one save.
        TimelineEventRecord[] existing = [.. record.Events.OrderBy(e => e.Sequence)];
        for (int i = 0; i < Math.Min(existing.Length, snapshot.Events.Count); i++)
        {
            RecordMapping.CopyInto(existing[i], snapshot.Events[i]);
        }

        for (int i = snapshot.Events.Count; i < existing.Length; i++)
        {
            db.TimelineEvents.Remove(existing[i]);
        }

        for (int i = existing.Length; i < snapshot.Events.Count; i++)
        {
            db.TimelineEvents.Add(RecordMapping.NewEvent(record.Id, i, snapshot.Events[i]));
        }
    }

    private async Task SaveAsync(LamTrackDbContext db, string identifier, int expectedVersion, CancellationToken cancellationToken)
    {
        try
        {
            await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
        }
        catch (DbUpdateConcurrencyException ex)
        {
            int? current = await CurrentVersionAsync(identifier, cancellationToken).ConfigureAwait(false);
            throw new ConcurrencyConflictException(identifier, expectedVersion, current, ex);
        }
        catch (DbUpdateException ex) when (expectedVersion == 0)
        {
            // Two creations of one identifier raced; the unique index let the first one win.
            if (await CurrentVersionAsync(identifier, cancellationToken).ConfigureAwait(false) is not null)
            {
                throw new DuplicatePatientException(identifier, ex);
            }

            throw;
        }
    }

    private async Task<int?> CurrentVersionAsync(string identifier, CancellationToken cancellationToken)
    {
        await using LamTrackDbContext db = _database.CreateContext();
        return await db.Patients.AsNoTracking().Where(p => p.Identifier == identifier)
            .Select(p => (int?)p.Version).SingleOrDefaultAsync(cancellationToken).ConfigureAwait(false);
    }

    private static AuditEntry ToEntry(AuditEntryRecord r) =>
        new(r.Id, r.OccurredAt, r.Actor, Enum.Parse<AuditAction>(r.Action), r.EntityKey, r.EntityVersion, r.BeforeJson, r.AfterJson);
}
