using LamTrack.Domain.Patients;
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
        StoredPatient? stored = await _store.FindAsync(identifier, cancellationToken).ConfigureAwait(false);
        return stored is null ? null : new VersionedPatient(PatientTimelineMapper.ToPatient(stored.Patient), stored.Version);
    }

    /// <summary>Every stored patient, ordered by identifier (ordinal), as a patient file folder would give them.</summary>
    /// <param name="progress">Told the number of patients read so far, every 1,000 and at the end.</param>
    /// <param name="cancellationToken">Stops the read.</param>
    /// <exception cref="StorageException">A stored record no longer reads as a valid patient (STORE-006).</exception>
    public async Task<IReadOnlyList<Patient>> LoadAllAsync(IProgress<int>? progress = null, CancellationToken cancellationToken = default)
    {
        var patients = new List<Patient>();
        await foreach (StoredPatient stored in _store.StreamAllAsync(cancellationToken).ConfigureAwait(false))
        {
            patients.Add(PatientTimelineMapper.ToPatient(stored.Patient));
            if (patients.Count % 1000 == 0)
            {
                progress?.Report(patients.Count);
            }
        }

        progress?.Report(patients.Count);
        patients.Sort((a, b) => string.CompareOrdinal(a.Id, b.Id));
        return patients;
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
