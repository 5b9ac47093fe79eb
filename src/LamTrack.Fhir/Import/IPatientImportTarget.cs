using LamTrack.Domain.Patients;

namespace LamTrack.Fhir.Import;

/// <summary>Where imported patients go: patient files today, the database once the store is merged. A target replaces a
/// patient with the same id (re-import is idempotent by identifier) and writes a batch all or nothing.</summary>
public interface IPatientImportTarget
{
    /// <summary>Whether a patient with this LamTrack id is already there.</summary>
    bool Contains(string patientId);

    /// <summary>Writes the patients, replacing any with the same id; nothing is written if it fails.</summary>
    void Write(IReadOnlyList<Patient> patients);
}
