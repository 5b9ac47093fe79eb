using LamTrack.Domain.Patients;
using LamTrack.PatientFiles;
using LamTrack.Storage.Errors;
using LamTrack.Storage.Import;
using LamTrack.Storage.Patients;
using NodaTime;

namespace LamTrack.Storage.Timelines;

/// <summary>Stores and loads domain patients: <see cref="PatientStore"/> and <see cref="PatientImporter"/> in domain terms.</summary>
/// <remarks>Every edit is one transaction with its audit entry; edits quote the version they loaded (optimistic concurrency).</remarks>
public sealed class TimelineStore
{
    private readonly PatientStore _store;
    private readonly LamTrackDatabase _database;
    private readonly IClock _clock;
    private readonly string _actor;

    /// <summary>Creates a store over a database; changes are audited as made by <paramref name="actor"/> at <paramref name="clock"/>'s time.</summary>
    public TimelineStore(LamTrackDatabase database, IClock clock, string actor)
    {
        _store = new PatientStore(database, clock, actor);
        _database = database;
        _clock = clock;
        _actor = actor;
    }

    /// <summary>How many input patients one import transaction (and one progress report) covers; see <see cref="PatientImporter.BatchSize"/>.</summary>
    public int ImportBatchSize { get; init; } = PatientImporter.DefaultBatchSize;

    /// <summary>Loads one patient's whole timeline, or null when the identifier is not stored.</summary>
    /// <exception cref="StorageException">The stored record no longer reads as a valid patient (STORE-006).</exception>
    public async Task<VersionedPatient?> FindAsync(string identifier, CancellationToken cancellationToken = default)
    {
        StoredRecord? stored = await _store.FindRecordAsync(identifier, cancellationToken).ConfigureAwait(false);
        return stored is null ? null : new VersionedPatient(PatientTimelineMapper.ToPatient(stored), stored.Version);
    }

    /// <summary>Every stored patient, ordered by identifier (ordinal), as a patient file folder would give them.</summary>
    /// <param name="progress">Told the number of patients read so far, every 1,000 and at the end.</param>
    /// <param name="cancellationToken">Stops the read.</param>
    /// <exception cref="StorageException">A stored record no longer reads as a valid patient (STORE-006).</exception>
    public async Task<IReadOnlyList<Patient>> LoadAllAsync(IProgress<int>? progress = null, CancellationToken cancellationToken = default)
    {
        PatientLoadResult loaded = await LoadAllCheckedAsync(progress, cancellationToken).ConfigureAwait(false);
        return loaded.Issues.Count == 0
            ? loaded.Patients
            : throw new StorageException(StorageIssues.UnreadableRecord, loaded.Issues[0].Message);
    }

    /// <summary>
    /// Every stored patient that reads as a valid patient, ordered by identifier (ordinal), and one located problem
    /// (code STORE-006, naming the patient) for each stored record that does not: one bad record blocks no one else.
    /// </summary>
    /// <param name="progress">Told the number of records read so far, every 1,000 and at the end.</param>
    /// <param name="cancellationToken">Stops the read.</param>
    public async Task<PatientLoadResult> LoadAllCheckedAsync(IProgress<int>? progress = null, CancellationToken cancellationToken = default)
    {
        var patients = new List<Patient>();
        var issues = new List<PatientFileIssue>();
        var invalid = new List<string>();
        int read = 0;
        await foreach (StoredRecord stored in _store.ReadAllAsync(cancellationToken).ConfigureAwait(false))
        {
            try
            {
                patients.Add(PatientTimelineMapper.ToPatient(stored));
            }
            catch (StorageException ex)
            {
                issues.Add(new PatientFileIssue(ex.Code, _database.Description, null, stored.Identifier, null, "record", ex.Message));
                invalid.Add($"{_database.Description} patient {stored.Identifier}");
            }

            if (++read % 1000 == 0)
            {
                progress?.Report(read);
            }
        }

        progress?.Report(read);
        patients.Sort((a, b) => string.CompareOrdinal(a.Id, b.Id));
        return new PatientLoadResult(patients, issues, invalid);
    }

    /// <summary>Why the store cannot hold <paramref name="patient"/>, or null when it can: the store's own limits
    /// (identifier 1 to 128 characters without control characters; event dates in the years 0001 to 9999).</summary>
    /// <remarks>
    /// Cheap (no JSON is written), so an import can ask it of every patient before its first write and refuse or skip
    /// a patient up front instead of stopping half way (the write path checks the same rules again, as its own defence).
    /// </remarks>
    public static InvalidSnapshotException? Refusal(Patient patient)
    {
        ArgumentNullException.ThrowIfNull(patient);
        if (SnapshotValidator.IdentifierProblem(patient.Id ?? string.Empty) is { } problem)
        {
            return new InvalidSnapshotException(patient.Id ?? string.Empty, "Identifier", problem);
        }

        int index = patient.Events.ToList().FindIndex(e => !SnapshotValidator.IsStorableYear(e.Date.Earliest.Year));
        return index < 0 ? null : new InvalidSnapshotException(patient.Id!, $"Events[{index}].OccurredOn", "must lie in the years 0001 to 9999");
    }

    /// <summary>Stores a new patient at version 1.</summary>
    /// <exception cref="DuplicatePatientException">The identifier is already stored.</exception>
    public Task<int> CreateAsync(Patient patient, CancellationToken cancellationToken = default) =>
        _store.CreateAsync(PatientTimelineMapper.ToSnapshot(patient), cancellationToken);

    /// <summary>Replaces a patient's record, if it is still at <paramref name="expectedVersion"/>.</summary>
    /// <returns>The new version.</returns>
    /// <exception cref="PatientNotFoundException">The identifier is not stored.</exception>
    /// <exception cref="ConcurrencyConflictException">Someone else saved a newer version first; nothing was written.</exception>
    public Task<int> UpdateAsync(Patient patient, int expectedVersion, CancellationToken cancellationToken = default) =>
        _store.UpdateAsync(PatientTimelineMapper.ToSnapshot(patient), expectedVersion, cancellationToken);

    /// <summary>Imports patients whose identifier is not yet stored, in transactions of <see cref="ImportBatchSize"/> whole patients.</summary>
    /// <param name="patients">The patients, mapped lazily as the import reaches them.</param>
    /// <param name="progress">Told the counts after every committed batch and at the end.</param>
    /// <param name="cancellationToken">Stops between two batches; what was committed stays.</param>
    public Task<ImportProgress> ImportPatientsAsync(IEnumerable<Patient> patients, IProgress<ImportProgress>? progress = null, CancellationToken cancellationToken = default) =>
        new PatientImporter(_database, _clock, _actor) { BatchSize = ImportBatchSize }.ImportAsync(new ImportSource<Patient>(patients, p => p.Id, PatientTimelineMapper.ToSnapshot, Trusted: true), progress, cancellationToken);
}
