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
    public Task<ImportProgress> ImportPatientsAsync(
        IEnumerable<PatientSnapshot> patients, IProgress<ImportProgress>? progress = null, CancellationToken cancellationToken = default) =>
        ImportAsync(new ImportSource<PatientSnapshot>(patients, p => p.Identifier, p => p, Trusted: false), progress, cancellationToken);

    /// <summary>Imports items of any shape: <paramref name="source"/> says how to name and map them.</summary>
    /// <remarks>
    /// Mapping and preparing rows (JSON work, pure CPU) runs on worker threads ahead of the single writer, in input
    /// order, so a two-core machine overlaps the two; the identifier check stays sequential on the reading thread.
    /// </remarks>
    internal async Task<ImportProgress> ImportAsync<T>(ImportSource<T> source, IProgress<ImportProgress>? progress, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(source.Items);
        HashSet<string> known = await StoredIdentifiersAsync(cancellationToken).ConfigureAwait(false);
        await using LamTrackDbContext db = _database.CreateContext();
        await using BulkPatientWriter writer = await BulkPatientWriter.OpenAsync(db, cancellationToken).ConfigureAwait(false);
        IEnumerable<PreparedPatient?> prepared = source.Items
            .Select(item => known.Add(source.IdentifierOf(item)) ? item : default)
            .AsParallel().AsOrdered().WithCancellation(cancellationToken).WithMergeOptions(ParallelMergeOptions.NotBuffered)
            .Select(item => item is null ? null : Prepare(source.ToSnapshot(item), source.Trusted));
        try
        {
            return await WriteAllAsync(writer, prepared, progress, cancellationToken).ConfigureAwait(false);
        }
        catch (AggregateException ex) when (ex.InnerExceptions is [Errors.StorageException inner])
        {
            // PLINQ wraps a worker's exception; the caller gets the store's own error, naming patient and field.
            throw inner;
        }
    }

    private static async Task<ImportProgress> WriteAllAsync(
        BulkPatientWriter writer, IEnumerable<PreparedPatient?> prepared, IProgress<ImportProgress>? progress, CancellationToken cancellationToken)
    {
        var counts = new ImportProgress(0, 0, 0);
        foreach (PreparedPatient? patient in prepared)
        {
            if (patient?.Error is { } error)
            {
                throw error;
            }

            if (patient is not null)
            {
                await writer.WriteAsync(patient.Record, patient.Audit, cancellationToken).ConfigureAwait(false);
            }

            counts = patient is not null ? counts with { Processed = counts.Processed + 1, Imported = counts.Imported + 1 }
                : counts with { Processed = counts.Processed + 1, AlreadyPresent = counts.AlreadyPresent + 1 };
            if (counts.Processed % ProgressInterval == 0)
            {
                progress?.Report(counts);
            }
        }

        progress?.Report(counts);
        return counts;
    }

    private PreparedPatient Prepare(PatientSnapshot patient, bool trusted)
    {
        try
        {
            SnapshotValidator.Validate(patient, checkJson: !trusted);
        }
        catch (Errors.InvalidSnapshotException ex)
        {
            // Workers run ahead of the writer: the error travels in input order, so every patient before it is written first.
            return new PreparedPatient(null!, null!) { Error = ex };
        }

        Instant now = _clock.GetCurrentInstant();
        AuditEntryRecord audit = PatientStore.Audit(now, AuditAction.Imported, patient.Identifier, 1, null, SnapshotJson.Write(patient, 1), _actor);
        return new PreparedPatient(RecordMapping.NewRecord(patient, now), audit);
    }

    private sealed record PreparedPatient(PatientRecord Record, AuditEntryRecord Audit)
    {
        public Errors.InvalidSnapshotException? Error { get; init; }
    }

    private async Task<HashSet<string>> StoredIdentifiersAsync(CancellationToken cancellationToken)
    {
        var store = new PatientStore(_database, _clock, _actor);
        IReadOnlyList<string> identifiers = await store.ListIdentifiersAsync(cancellationToken).ConfigureAwait(false);
        return new HashSet<string>(identifiers, StringComparer.Ordinal);
    }
}
