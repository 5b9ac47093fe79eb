namespace LamTrack.PatientFiles;

/// <summary>What was read from patient files when each valid patient is projected (for example analysed) as it is read.</summary>
/// <typeparam name="T">The projection of a patient.</typeparam>
/// <param name="Items">One projection per valid patient, in file and line order.</param>
/// <param name="Issues">Every problem found, in file and line order.</param>
/// <param name="InvalidRecords">One entry per rejected record ("file:line patient-id").</param>
public sealed record ProjectedLoadResult<T>(IReadOnlyList<T> Items, IReadOnlyList<PatientFileIssue> Issues, IReadOnlyList<string> InvalidRecords)
{
    /// <summary>Whether every record was valid.</summary>
    public bool IsValid => Issues.Count == 0;
}
