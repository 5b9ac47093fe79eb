using LamTrack.Domain.Patients;

namespace LamTrack.PatientFiles;

/// <summary>What was read from patient files: the valid patients and every problem with the invalid ones.</summary>
/// <param name="Patients">Patients that passed every check, in file and line order.</param>
/// <param name="Issues">Every problem found, in file and line order.</param>
/// <param name="InvalidRecords">One entry per rejected record ("file:line patient-id").</param>
public sealed record PatientLoadResult(IReadOnlyList<Patient> Patients, IReadOnlyList<PatientFileIssue> Issues, IReadOnlyList<string> InvalidRecords)
{
    /// <summary>Whether every record was valid.</summary>
    public bool IsValid => Issues.Count == 0;

    /// <summary>The same result from a load whose projection kept each patient as she is.</summary>
    /// <param name="loaded">A load projected with the identity.</param>
    public static PatientLoadResult From(ProjectedLoadResult<Patient> loaded)
    {
        ArgumentNullException.ThrowIfNull(loaded);
        return new PatientLoadResult(loaded.Items, loaded.Issues, loaded.InvalidRecords);
    }
}
