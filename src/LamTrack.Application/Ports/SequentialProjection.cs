using LamTrack.Application.Problems;
using LamTrack.Domain.Patients;

namespace LamTrack.Application.Ports;

/// <summary>The one-thread <see cref="IPatientStore.ProjectReadableAsync"/>: each patient of
/// <see cref="IPatientStore.StreamReadableAsync"/> is projected in turn, and the projections are ordered by identifier.</summary>
public static class SequentialProjection
{
    /// <summary>How often, in patients, the progress is told.</summary>
    public const int ProgressStep = 1000;

    /// <summary>Projects every readable patient of <paramref name="store"/> on the calling thread.</summary>
    /// <remarks><see cref="IPatientStore.StreamReadableAsync"/> gives no versions, so each patient is projected with version 0;
    /// a store whose callers need versions implements <see cref="IPatientStore.ProjectReadableAsync"/> itself.</remarks>
    /// <typeparam name="T">What is kept of each patient.</typeparam>
    /// <param name="store">The store read.</param>
    /// <param name="project">Makes what is kept of one patient.</param>
    /// <param name="unreadable">Receives the problem of each stored record that does not read.</param>
    /// <param name="progress">Told the number of patients read so far.</param>
    /// <param name="cancellationToken">Stops the read.</param>
    public static async Task<IReadOnlyList<(string PatientId, T Item)>> RunAsync<T>(IPatientStore store, Func<PatientVersion, T> project,
        ICollection<Problem> unreadable, IProgress<long>? progress, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(store);
        ArgumentNullException.ThrowIfNull(project);
        var kept = new List<(string PatientId, T Item)>();
        var problems = new List<Problem>();
        await foreach (Patient patient in store.StreamReadableAsync(problems, cancellationToken).ConfigureAwait(false))
        {
            kept.Add((patient.Id, project(new PatientVersion(patient, 0))));
            if (kept.Count % ProgressStep == 0)
            {
                progress?.Report(kept.Count);
            }
        }

        progress?.Report(kept.Count);
        return Ordered(kept, problems, unreadable);
    }

    /// <summary>Sorts <paramref name="kept"/> by patient identifier (ordinal) and adds <paramref name="problems"/> to
    /// <paramref name="unreadable"/> in the order of the record they name.</summary>
    /// <returns><paramref name="kept"/>, sorted in place.</returns>
    public static List<(string PatientId, T Item)> Ordered<T>(List<(string PatientId, T Item)> kept, IEnumerable<Problem> problems, ICollection<Problem> unreadable)
    {
        ArgumentNullException.ThrowIfNull(kept);
        ArgumentNullException.ThrowIfNull(problems);
        ArgumentNullException.ThrowIfNull(unreadable);
        kept.Sort((a, b) => string.CompareOrdinal(a.PatientId, b.PatientId));
        foreach (Problem problem in problems.OrderBy(p => p.Location?.Record, StringComparer.Ordinal))
        {
            unreadable.Add(problem);
        }

        return kept;
    }
}
