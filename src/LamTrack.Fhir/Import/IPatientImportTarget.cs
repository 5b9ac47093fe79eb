using LamTrack.Domain.Patients;

namespace LamTrack.Fhir.Import;

/// <summary>Where imported patients go: a folder of patient files, or the database (the CLI composes that one).</summary>
/// <remarks>
/// Re-import is idempotent by identifier: a patient whose id is already in the target with identical content is left
/// alone (nothing written), one with different content replaces the stored one, a new id is added. A target never
/// leaves a patient half written. <see cref="FhirImporter"/> calls <see cref="Write"/> only once the whole input has
/// been accepted, once per chunk of at most <see cref="ImportOptions.WriteChunk"/> patients, in input order.
/// </remarks>
public interface IPatientImportTarget
{
    /// <summary>Writes the patients under the rule above.</summary>
    /// <param name="patients">Accepted patients (one chunk), in input order.</param>
    /// <param name="progress">Told the number of patients handled so far, now and then and at the end.</param>
    /// <returns>Which ids were created, updated or left unchanged.</returns>
    ImportWriteResult Write(IReadOnlyList<Patient> patients, IProgress<int>? progress);

    /// <summary>Why the target cannot hold <paramref name="patient"/> (a limit of the store, a file name another
    /// patient of the input already takes), or null when it can.</summary>
    /// <remarks>
    /// <see cref="FhirImporter"/> asks this of every accepted patient, in input order, before the first
    /// <see cref="Write"/>: a refused patient rejects the input (or, with <see cref="ImportOptions.SkipInvalid"/>, is
    /// skipped with her unit), so a write never stops half way on a patient the target could have refused up front.
    /// </remarks>
    string? Refusal(Patient patient) => null;
}
