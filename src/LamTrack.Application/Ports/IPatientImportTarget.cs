using LamTrack.Domain.Patients;

namespace LamTrack.Application.Ports;

/// <summary>Where imported patients go: a folder of patient files, or a store.</summary>
/// <remarks>
/// Re-import is idempotent by identifier: a patient whose id is already in the target with identical content is left
/// alone (nothing written), one with different content replaces the stored one, a new id is added. A target never
/// leaves a patient half written. An importer calls <see cref="WriteAsync"/> only once the whole input has been
/// accepted, once per chunk, in input order.
/// </remarks>
public interface IPatientImportTarget
{
    /// <summary>Writes the patients under the rule above.</summary>
    /// <param name="patients">Accepted patients (one chunk), in input order.</param>
    /// <param name="progress">Told the number of patients handled so far, now and then and at the end.</param>
    /// <param name="cancellationToken">Stops between patients; every patient is written whole or not at all.</param>
    /// <returns>Which ids were created, updated or left unchanged.</returns>
    Task<ImportWriteResult> WriteAsync(IReadOnlyList<Patient> patients, IProgress<int>? progress, CancellationToken cancellationToken);

    /// <summary>Why the target cannot hold <paramref name="patient"/> (a limit of the store, a file name another
    /// patient of the input already takes), or null when it can.</summary>
    /// <remarks>
    /// An importer asks this of every accepted patient, in input order, before the first <see cref="WriteAsync"/>: a
    /// refused patient rejects the input (or is skipped with her unit), so a write never stops half way on a patient
    /// the target could have refused up front.
    /// </remarks>
    string? Refusal(Patient patient) => null;
}
