using LamTrack.Application.Progress;
using System.Runtime.CompilerServices;
using LamTrack.Application.Ports;
using LamTrack.Domain.Patients;
using LamTrack.Storage.Errors;
using LamTrack.Storage.Import;
using LamTrack.Storage.Patients;
using NodaTime;

namespace LamTrack.Storage.Timelines;

/// <summary>The application's <see cref="IPatientStore"/> over a LamTrack database (SQLite or PostgreSQL).</summary>
/// <remarks>The store's coded exceptions (<see cref="StorageException"/>) leave as <see cref="Application.Problems.ProblemException"/>.</remarks>
public sealed class TimelinePatientStore : IPatientStore
{
    private readonly LamTrackDatabase _database;
    private readonly TimelineStore _timelines;
    private readonly PatientStore _records;

    /// <summary>A store over <paramref name="database"/>; changes are audited as made by <paramref name="actor"/> at <paramref name="clock"/>'s time.</summary>
    public TimelinePatientStore(LamTrackDatabase database, IClock clock, string actor)
    {
        _database = database ?? throw new ArgumentNullException(nameof(database));
        _timelines = new TimelineStore(database, clock, actor);
        _records = new PatientStore(database, clock, actor);
    }

    /// <inheritdoc/>
    public string Description => _database.Description;

    /// <inheritdoc/>
    public async Task<PatientVersion?> FindAsync(string patientId, CancellationToken cancellationToken)
    {
        try
        {
            VersionedPatient? found = await _timelines.FindAsync(patientId, cancellationToken).ConfigureAwait(false);
            return found is null ? null : new PatientVersion(found.Patient, found.Version);
        }
        catch (StorageException ex)
        {
            throw StorageProblems.ToProblemException(ex, Description, patientId);
        }
    }

    /// <inheritdoc/>
    public async IAsyncEnumerable<Patient> StreamAllAsync([EnumeratorCancellation] CancellationToken cancellationToken)
    {
        IAsyncEnumerator<StoredPatient> rows = _records.ReadAllAsync(cancellationToken).GetAsyncEnumerator(cancellationToken);
        await using (rows.ConfigureAwait(false))
        {
            while (await NextAsync(rows).ConfigureAwait(false))
            {
                yield return Map(rows.Current);
            }
        }
    }

    /// <inheritdoc/>
    public async IAsyncEnumerable<Patient> StreamReadableAsync(ICollection<Application.Problems.Problem> unreadable, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(unreadable);
        IAsyncEnumerator<StoredPatient> rows = _records.ReadAllAsync(cancellationToken).GetAsyncEnumerator(cancellationToken);
        await using (rows.ConfigureAwait(false))
        {
            while (await NextAsync(rows).ConfigureAwait(false))
            {
                Patient? patient = TryMap(rows.Current, unreadable);
                if (patient is not null)
                {
                    yield return patient;
                }
            }
        }
    }

    /// <inheritdoc/>
    /// <remarks>The store's own limits (<see cref="TimelineStore.Refusal"/>).</remarks>
    public string? Refusal(Patient patient) => TimelineStore.Refusal(patient)?.Message;

    /// <inheritdoc/>
    public Task<int> CountAsync(CancellationToken cancellationToken) =>
        Guard(() => _records.CountAsync(cancellationToken), null);

    /// <inheritdoc/>
    public Task<IReadOnlyList<string>> ListIdsAsync(CancellationToken cancellationToken) =>
        Guard(() => _records.ListIdentifiersAsync(cancellationToken), null);

    /// <inheritdoc/>
    public Task<int> CreateAsync(Patient patient, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(patient);
        return Guard(() => _timelines.CreateAsync(patient, cancellationToken), patient.Id);
    }

    /// <inheritdoc/>
    public Task<int> UpdateAsync(Patient patient, int expectedVersion, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(patient);
        return Guard(() => _timelines.UpdateAsync(patient, expectedVersion, cancellationToken), patient.Id);
    }

    /// <inheritdoc/>
    public async Task<int> ImportAsync(IReadOnlyList<Patient> patients, IProgress<int>? progress, CancellationToken cancellationToken)
    {
        var onBatch = progress is null ? null : new SynchronousProgress<ImportProgress>(p => progress.Report(p.Processed));
        ImportProgress done = await Guard(() => _timelines.ImportPatientsAsync(patients, onBatch, cancellationToken), null).ConfigureAwait(false);
        return done.Imported;
    }

    private async Task<bool> NextAsync(IAsyncEnumerator<StoredPatient> rows)
    {
        try
        {
            return await rows.MoveNextAsync().ConfigureAwait(false);
        }
        catch (StorageException ex)
        {
            throw StorageProblems.ToProblemException(ex, Description);
        }
    }

    private Patient? TryMap(StoredPatient stored, ICollection<Application.Problems.Problem> unreadable)
    {
        try
        {
            return Map(stored);
        }
        catch (Application.Problems.ProblemException ex)
        {
            unreadable.Add(ex.Problem);
            return null;
        }
    }

    private Patient Map(StoredPatient stored)
    {
        try
        {
            return PatientTimelineMapper.ToPatient(stored.Patient);
        }
        catch (StorageException ex)
        {
            throw StorageProblems.ToProblemException(ex, Description, stored.Patient.Identifier);
        }
    }

    private async Task<T> Guard<T>(Func<Task<T>> operation, string? patientId)
    {
        try
        {
            return await operation().ConfigureAwait(false);
        }
        catch (StorageException ex)
        {
            throw StorageProblems.ToProblemException(ex, Description, patientId);
        }
    }
}
