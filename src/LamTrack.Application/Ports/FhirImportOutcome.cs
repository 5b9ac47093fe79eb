using LamTrack.Application.Problems;

namespace LamTrack.Application.Ports;

/// <summary>What a FHIR import did.</summary>
/// <param name="Problems">Every problem found, in input order (codes <c>FHIR-IMP-…</c>).</param>
/// <param name="Imported">The ids of the accepted patients (written, or already there unchanged).</param>
/// <param name="Replaced">Of those, the ids that were already in the target with other content and were replaced.</param>
/// <param name="Unchanged">Of those, the ids already in the target with identical content: nothing was written for them.</param>
/// <param name="Skipped">The units left out because they were invalid (only with <see cref="FhirImportSettings.SkipInvalid"/>).</param>
/// <param name="Rejected">Whether the whole input was rejected and nothing was written.</param>
public sealed record FhirImportOutcome(
    IReadOnlyList<Problem> Problems,
    IReadOnlyList<string> Imported,
    IReadOnlyList<string> Replaced,
    IReadOnlyList<string> Unchanged,
    IReadOnlyList<FhirImportUnit> Skipped,
    bool Rejected)
{
    /// <summary>What the cohort rule selected, when one was given.</summary>
    public CohortSelection? Selection { get; init; }

    /// <summary>The number of problems that are errors.</summary>
    public int ErrorCount => Problems.Count(p => p.IsError);
}
