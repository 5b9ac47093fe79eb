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
        await foreach (StoredRecord row in Rows(cancellationToken).ConfigureAwait(false))
        {
            yield return Map(row);
        }
    }

    /// <inheritdoc/>
    public async IAsyncEnumerable<Patient> StreamReadableAsync(ICollection<Application.Problems.Problem> unreadable, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(unreadable);
        await foreach (StoredRecord row in Rows(cancellationToken).ConfigureAwait(false))
        {
            if (TryMap(row, unreadable) is Patient patient)
            {
                yield return patient;
            }
        }
    }

    /// <inheritdoc/>
    /// <remarks>One thread reads the rows; as many workers as the machine has cores parse, check and project the records
    /// (<see cref="ParallelPatientProjection"/>).</remarks>
    public Task<IReadOnlyList<(string PatientId, T Item)>> ProjectReadableAsync<T>(Func<PatientVersion, T> project, ICollection<Application.Problems.Problem> unreadable,
        IProgress<long>? progress, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(project);
        ArgumentNullException.ThrowIfNull(unreadable);
        return ParallelPatientProjection.RunAsync(Rows(cancellationToken), row => new PatientVersion(Map(row), row.Version), project, unreadable, progress, Environment.ProcessorCount, cancellationToken);
    }

    /// <inheritdoc/>
    /// <remarks>The store's own limits (<see cref="TimelineStore.Refusal"/>).</remarks>
    public string? Refusal(Patient patient) => TimelineStore.Refusal(patient)?.Message;

    /// <inheritdoc/>
    /// <remarks>The mark is an audit entry id (<see cref="PatientStore.ChangesSinceAsync"/>).</remarks>
    public async Task<PatientChanges> ChangesSinceAsync(long? mark, int limit, CancellationToken cancellationToken)
    {
        (long next, IReadOnlyList<string> identifiers, bool complete) = await Guard(async () => await _records.ChangesSinceAsync(mark, limit, cancellationToken).ConfigureAwait(false), null)
            .ConfigureAwait(false);
        return new PatientChanges(next, identifiers, complete);
    }

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

    private async Task<bool> NextAsync(IAsyncEnumerator<StoredRecord> rows)
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

    private async IAsyncEnumerable<StoredRecord> Rows([EnumeratorCancellation] CancellationToken cancellationToken)
    {
        IAsyncEnumerator<StoredRecord> rows = _records.ReadAllAsync(cancellationToken).GetAsyncEnumerator(cancellationToken);
        await using (rows.ConfigureAwait(false))
        {
            while (await NextAsync(rows).ConfigureAwait(false))
            {
                yield return rows.Current;
            }
        }
    }

    private Patient? TryMap(StoredRecord stored, ICollection<Application.Problems.Problem> unreadable)
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

    private Patient Map(StoredRecord stored)
    {
        try
        {
            return PatientTimelineMapper.ToPatient(stored);
        }
        catch (StorageException ex)
        {
            throw StorageProblems.ToProblemException(ex, Description, stored.Identifier);
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
