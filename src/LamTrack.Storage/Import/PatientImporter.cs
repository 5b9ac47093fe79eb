using LamTrack.Storage.Auditing;
using LamTrack.Storage.Patients;
using LamTrack.Storage.Records;
using NodaTime;

namespace LamTrack.Storage.Import;

/// <summary>Bulk-loads patients, committing each one in its own transaction with its audit entry.</summary>
/// <remarks>
/// Idempotent by identifier: a patient already stored is skipped, never duplicated or overwritten, so
/// re-running an interrupted import completes it. A crash or kill loses at most the patient being
/// written, whose transaction the database rolls back: no patient is ever half imported.
/// </remarks>
public sealed class PatientImporter
{
    /// <summary>How many patients pass between two progress reports (the last report always comes).</summary>
    public const int ProgressInterval = 250;

    private readonly LamTrackDatabase _database;
    private readonly IClock _clock;
    private readonly string _actor;

    /// <summary>Creates an importer; its audit entries name <paramref name="actor"/> and <paramref name="clock"/>'s time.</summary>
    public PatientImporter(LamTrackDatabase database, IClock clock, string actor)
    {
        ArgumentNullException.ThrowIfNull(database);
        ArgumentNullException.ThrowIfNull(clock);
        ArgumentException.ThrowIfNullOrWhiteSpace(actor);
        _database = database;
        _clock = clock;
        _actor = actor;
    }

    /// <summary>Imports every patient whose identifier is not yet stored.</summary>
    /// <param name="patients">The patients, read lazily; each is validated before it is written.</param>
    /// <param name="progress">Told every <see cref="ProgressInterval"/> patients and once at the end, on the importing thread.</param>
    /// <param name="cancellationToken">Stops between two patients; what was committed stays committed.</param>
    /// <returns>The final counts.</returns>
    /// <exception cref="Errors.InvalidSnapshotException">A patient breaks a rule of the store; the patients before it stay imported.</exception>
    public async Task<ImportProgress> ImportPatientsAsync(
        IEnumerable<PatientSnapshot> patients, IProgress<ImportProgress>? progress = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(patients);
        HashSet<string> known = await StoredIdentifiersAsync(cancellationToken).ConfigureAwait(false);
        await using LamTrackDbContext db = _database.CreateContext();
        // Only additions are made, so change detection over the tracked graph is wasted work.
        db.ChangeTracker.AutoDetectChangesEnabled = false;
        var counts = new ImportProgress(0, 0, 0);
        foreach (PatientSnapshot patient in patients)
        {
            cancellationToken.ThrowIfCancellationRequested();
            bool added = known.Add(patient.Identifier);
            if (added)
            {
                await ImportOneAsync(db, patient, cancellationToken).ConfigureAwait(false);
            }

            counts = added ? counts with { Processed = counts.Processed + 1, Imported = counts.Imported + 1 }
                : counts with { Processed = counts.Processed + 1, AlreadyPresent = counts.AlreadyPresent + 1 };
            if (counts.Processed % ProgressInterval == 0)
            {
                progress?.Report(counts);
            }
        }

        progress?.Report(counts);
        return counts;
    }

    private async Task ImportOneAsync(LamTrackDbContext db, PatientSnapshot patient, CancellationToken cancellationToken)
    {
        SnapshotValidator.Validate(patient);
        Instant now = _clock.GetCurrentInstant();
        db.Patients.Add(RecordMapping.NewRecord(patient, now));
        db.AuditEntries.Add(PatientStore.Audit(now, AuditAction.Imported, patient.Identifier, 1, null, SnapshotJson.Write(patient, 1), _actor));
        // One SaveChanges is one transaction: the patient, its events and its audit entry commit together.
        await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
        db.ChangeTracker.Clear();
    }

    private async Task<HashSet<string>> StoredIdentifiersAsync(CancellationToken cancellationToken)
    {
        var store = new PatientStore(_database, _clock, _actor);
        IReadOnlyList<string> identifiers = await store.ListIdentifiersAsync(cancellationToken).ConfigureAwait(false);
        return new HashSet<string>(identifiers, StringComparer.Ordinal);
    }
}
