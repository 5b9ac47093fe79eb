using LamTrack.Storage.Auditing;
using LamTrack.Storage.Errors;
using LamTrack.Storage.Patients;
using LamTrack.Storage.Records;
using NodaTime;

namespace LamTrack.Storage.Import;

/// <summary>Bulk-loads patients in batches of whole patients, each batch one transaction with one audit entry per patient.</summary>
/// <remarks>
/// Idempotent by identifier: a patient already stored is skipped, never duplicated or overwritten, so
/// re-running an interrupted import completes it. A crash or kill loses at most the batch being written,
/// whose transaction the database rolls back: no patient is ever half imported, and every stored patient
/// has its audit entry.
/// </remarks>
public sealed class PatientImporter
{
    /// <summary>How many input patients make one batch (one transaction, one progress report) unless <see cref="BatchSize"/> says otherwise.</summary>
    /// <remarks>
    /// 500 patients of about 26 events share one commit: SQLite's per-commit cost drops to a few microseconds a
    /// patient, and a batch still commits about every second, so a killed import redoes little.
    /// </remarks>
    public const int DefaultBatchSize = 500;

    /// <summary>The default number of patients between two progress reports: one report per committed batch.</summary>
    public const int ProgressInterval = DefaultBatchSize;

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

    /// <summary>How many input patients (imported or skipped) make one transaction and one progress report; at least 1.</summary>
    public int BatchSize
    {
        get;
        init
        {
            ArgumentOutOfRangeException.ThrowIfLessThan(value, 1);
            field = value;
        }
    } = DefaultBatchSize;

    /// <summary>Imports every patient whose identifier is not yet stored.</summary>
    /// <param name="patients">The patients, read lazily; each is validated before it is written.</param>
    /// <param name="progress">Told the counts after every committed batch and once at the end.</param>
    /// <param name="cancellationToken">Stops between two batches; what was committed stays committed.</param>
    /// <returns>The final counts.</returns>
    /// <exception cref="Errors.InvalidSnapshotException">A patient breaks a rule of the store; the patients before it stay imported.</exception>
    public Task<ImportProgress> ImportPatientsAsync(
        IEnumerable<PatientSnapshot> patients, IProgress<ImportProgress>? progress = null, CancellationToken cancellationToken = default) =>
        ImportAsync(new ImportSource<PatientSnapshot>(patients, p => p.Identifier, p => p, Trusted: false), progress, cancellationToken);

    /// <summary>Imports items of any shape: <paramref name="source"/> says how to name and map them.</summary>
    /// <remarks>
    /// A two-stage pipeline: a worker reads and maps batch k+1 (JSON work on all cores) while this method writes
    /// batch k, so the single writer rarely waits and memory stays bounded at two batches.
    /// </remarks>
    internal async Task<ImportProgress> ImportAsync<T>(ImportSource<T> source, IProgress<ImportProgress>? progress, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(source.Items);
        HashSet<string> known = await StoredIdentifiersAsync(cancellationToken).ConfigureAwait(false);
        await using LamTrackDbContext db = _database.CreateContext();
        await using BulkPatientWriter writer = await BulkPatientWriter.OpenAsync(db, _database.BulkCopier, cancellationToken).ConfigureAwait(false);
        using IEnumerator<T> input = source.Items.GetEnumerator();
        var reader = new BatchReader<T>(input, source.IdentifierOf, item => Prepare(writer, source.ToSnapshot(item), source.Trusted), known, BatchSize);
        Task<ImportBatch>? next = reader.NextAsync(cancellationToken);
        try
        {
            var counts = new ImportProgress(0, 0, 0);
            while (next is not null)
            {
                ImportBatch batch = await next.ConfigureAwait(false);
                next = batch.IsLast ? null : reader.NextAsync(cancellationToken);
                counts = await CommitAsync(writer, batch, counts, progress, cancellationToken).ConfigureAwait(false);
            }

            return counts;
        }
        finally
        {
            // The reader owns the input enumerator while it runs; let it finish before the enumerator is disposed.
            await DrainAsync(next).ConfigureAwait(false);
        }
    }

    private static async Task<ImportProgress> CommitAsync(
        BulkPatientWriter writer, ImportBatch batch, ImportProgress before, IProgress<ImportProgress>? progress, CancellationToken cancellationToken)
    {
        if (batch.Prepared.Count > 0)
        {
            await writer.WriteBatchAsync(batch.Prepared, cancellationToken).ConfigureAwait(false);
        }

        ImportProgress after = batch.AddTo(before);
        // Only committed work is reported, so a progress line never counts a patient a crash could still lose. An
        // empty last batch repeats no report, except that an empty input still gets its one (0, 0, 0).
        if (after != before || (batch.IsLast && after.Processed == 0))
        {
            progress?.Report(after);
        }

        return batch.Error is { } error ? throw error : after;
    }

    private static async Task DrainAsync(Task<ImportBatch>? pending)
    {
        if (pending is not null)
        {
            // The import is already ending (done, failed or cancelled) for its own reason; a read-ahead's outcome is moot.
            await ((Task)pending).ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
        }
    }

    private PreparedPatient Prepare(BulkPatientWriter writer, PatientSnapshot patient, bool trusted)
    {
        SnapshotValidator.Validate(patient, checkJson: !trusted);
        Instant now = _clock.GetCurrentInstant();
        string audit = SnapshotJson.Write(patient, 1);
        PatientRecord record = RecordMapping.NewRecord(patient, now);
        return new PreparedPatient(
            patient.Identifier,
            writer.PatientRow(record),
            [.. record.Events.Select(writer.EventRow)],
            PatientStore.Audit(now, AuditAction.Imported, patient.Identifier, 1, null, audit, _actor));
    }

    private async Task<HashSet<string>> StoredIdentifiersAsync(CancellationToken cancellationToken)
    {
        var store = new PatientStore(_database, _clock, _actor);
        IReadOnlyList<string> identifiers = await store.ListIdentifiersAsync(cancellationToken).ConfigureAwait(false);
        return new HashSet<string>(identifiers, StringComparer.Ordinal);
    }
}
