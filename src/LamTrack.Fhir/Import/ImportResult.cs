namespace LamTrack.Fhir.Import;

/// <summary>What an import did.</summary>
/// <param name="Problems">Every problem found, in input order.</param>
/// <param name="Imported">The ids of the accepted patients (written, or already there unchanged).</param>
/// <param name="Replaced">Of those, the ids that were already in the target with other content and were replaced.</param>
/// <param name="Skipped">The units left out because they were invalid (only with <see cref="ImportOptions.SkipInvalid"/>).</param>
/// <param name="Rejected">Whether the whole input was rejected and nothing was written.</param>
public sealed record ImportResult(
    IReadOnlyList<ImportProblem> Problems,
    IReadOnlyList<string> Imported,
    IReadOnlyList<string> Replaced,
    IReadOnlyList<ImportUnit> Skipped,
    bool Rejected)
{
    /// <summary>Of <see cref="Imported"/>, the ids already in the target with identical content: nothing was written for them.</summary>
    public IReadOnlyList<string> Unchanged { get; init; } = [];

    /// <summary>Resources and codes read but not used, once per resource type and code, with their counts.</summary>
    public IReadOnlyList<UnusedEntry> Unused { get; init; } = [];

    /// <summary>What the cohort selection did, when <see cref="ImportOptions.Select"/> was given.</summary>
    public CohortSelection? Selection { get; init; }

    /// <summary>The number of problems that are errors.</summary>
    public int ErrorCount => Problems.Count(p => p.IsError);
}
