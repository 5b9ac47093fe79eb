using LamTrack.Domain.Patients;

namespace LamTrack.Application.Ports;

/// <summary>Patients kept in a database, each with a version for optimistic concurrency and an audit trail.</summary>
/// <remarks>
/// An operation that fails for a reason the user can put right (a version conflict, a duplicate id, a record the store
/// cannot read) throws <see cref="Problems.ProblemException"/> carrying the store's code (<c>STORE-…</c>); a write never
/// leaves a patient half written.
/// </remarks>
public interface IPatientStore
{
    /// <summary>What the store is, for messages (a file name or a server and database; never a password).</summary>
    string Description { get; }

    /// <summary>The patient with <paramref name="patientId"/> and her version, or null when there is none.</summary>
    Task<PatientVersion?> FindAsync(string patientId, CancellationToken cancellationToken);

    /// <summary>Every stored patient, in the order they were stored, read as the caller goes (never all in memory at once).</summary>
    IAsyncEnumerable<Patient> StreamAllAsync(CancellationToken cancellationToken);

    /// <summary>Every stored patient that reads as a valid record, like <see cref="StreamAllAsync(CancellationToken)"/>;
    /// a stored record that does not read is skipped and its problem (STORE-006, naming the patient) added to
    /// <paramref name="unreadable"/>, so one bad record blocks no other patient.</summary>
    IAsyncEnumerable<Patient> StreamReadableAsync(ICollection<Problems.Problem> unreadable, CancellationToken cancellationToken) =>
        StreamAllAsync(cancellationToken);

    /// <summary>Every stored patient that reads as a valid record, turned by <paramref name="project"/> into what the caller
    /// keeps as she is read, so a whole-cohort pass holds the projections and never every patient at once.</summary>
    /// <remarks>
    /// The results are ordered by patient identifier (ordinal), whatever order the rows arrive in. A store may map and
    /// project on several threads at once, so <paramref name="project"/> must be safe to call concurrently. A record that
    /// does not read is skipped and its problem added to <paramref name="unreadable"/>, in identifier order, as in
    /// <see cref="StreamReadableAsync"/>.
    /// </remarks>
    /// <typeparam name="T">What is kept of each patient.</typeparam>
    /// <param name="project">Makes what is kept of one patient, given her and her stored version.</param>
    /// <param name="unreadable">Receives the problem of each stored record that does not read.</param>
    /// <param name="progress">Told the number of patients read so far.</param>
    /// <param name="cancellationToken">Stops the read.</param>
    Task<IReadOnlyList<(string PatientId, T Item)>> ProjectReadableAsync<T>(Func<PatientVersion, T> project, ICollection<Problems.Problem> unreadable,
        IProgress<long>? progress, CancellationToken cancellationToken) =>
        SequentialProjection.RunAsync(this, project, unreadable, progress, cancellationToken);

    /// <summary>The patients written (created, edited, deleted) after <paramref name="mark"/>, through any process or server
    /// instance, read from the store's own change history; with no mark, only the current mark.</summary>
    /// <remarks>Lets a cache built at one mark bring itself up to date by re-reading only those patients.</remarks>
    /// <param name="mark">A mark from an earlier call, or null for the current one.</param>
    /// <param name="limit">The most patients to return; past it the result says it is not complete.</param>
    /// <param name="cancellationToken">Stops the query.</param>
    Task<PatientChanges> ChangesSinceAsync(long? mark, int limit, CancellationToken cancellationToken);

    /// <summary>How many patients are stored.</summary>
    Task<int> CountAsync(CancellationToken cancellationToken);

    /// <summary>Every stored identifier, ordered.</summary>
    Task<IReadOnlyList<string>> ListIdsAsync(CancellationToken cancellationToken);

    /// <summary>Stores a new patient; returns her version (1).</summary>
    Task<int> CreateAsync(Patient patient, CancellationToken cancellationToken);

    /// <summary>Replaces a stored patient if she is still at <paramref name="expectedVersion"/>; returns the new version.</summary>
    /// <remarks>Another writer in between gives a conflict problem and changes nothing.</remarks>
    Task<int> UpdateAsync(Patient patient, int expectedVersion, CancellationToken cancellationToken);

    /// <summary>Stores many new patients on the bulk path; each patient is written whole with her audit entry or not at all.</summary>
    /// <param name="patients">Patients none of which is stored yet.</param>
    /// <param name="progress">Told the number of patients written so far.</param>
    /// <param name="cancellationToken">Stops between patients; those written stay written, whole.</param>
    /// <returns>The number of patients written.</returns>
    Task<int> ImportAsync(IReadOnlyList<Patient> patients, IProgress<int>? progress, CancellationToken cancellationToken);

    /// <summary>Why the store cannot hold <paramref name="patient"/> (its own limits on identifiers and dates), or null
    /// when it can; asked before anything is written.</summary>
    string? Refusal(Patient patient) => null;
}
