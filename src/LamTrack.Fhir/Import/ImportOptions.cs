namespace LamTrack.Fhir.Import;

/// <summary>How an import treats invalid input.</summary>
/// <param name="SkipInvalid">Import the valid units (Bundles, or patients from NDJSON) and list the skipped ones;
/// when false, one invalid unit rejects the whole input and nothing is written.</param>
/// <param name="ValidateProfiles">Check every resource against the FHIR R4 base profiles with the Firely validator (the
/// strict parser's structural checks and LamTrack's code and unit checks always run).</param>
/// <param name="WriteChunk">How many accepted patients are handed to the target at a time; each chunk is let go once
/// written, which bounds the memory of a large import's write stage.</param>
public sealed record ImportOptions(bool SkipInvalid = false, bool ValidateProfiles = true, int WriteChunk = 5000)
{
    /// <summary>Which patients of the input to import: all (<see langword="null"/>), or only those a cohort rule selects.</summary>
    public CohortRule? Select { get; init; }

    /// <summary>The identifier system that names the same person in every source (a site's choice, such as its master
    /// patient index); the patient's LamTrack id is its value there. <see langword="null"/>: LamTrack's own patient
    /// identifier, else the resource id.</summary>
    public string? PatientIdentifierSystem { get; init; }

    /// <summary>After how many days without a covering order, statement, dispense or administration the next one
    /// starts a new course (an assumption, docs/fhir.md).</summary>
    public int CourseGapDays { get; init; } = Mapping.Ehr.EhrCourseBuilder.DefaultGapDays;
}
