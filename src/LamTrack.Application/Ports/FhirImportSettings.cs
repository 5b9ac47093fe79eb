namespace LamTrack.Application.Ports;

/// <summary>How a FHIR import treats invalid input.</summary>
/// <param name="SkipInvalid">Import the valid units (Bundles, or patients from NDJSON) and list the skipped ones;
/// when false, one invalid unit rejects the whole input and nothing is written.</param>
/// <param name="ValidateProfiles">Check every resource against the FHIR R4 base profiles (the strict parser's structural
/// checks and LamTrack's code and unit checks always run).</param>
/// <param name="WriteChunk">How many accepted patients are handed to the target at a time.</param>
public sealed record FhirImportSettings(bool SkipInvalid = false, bool ValidateProfiles = false, int WriteChunk = 5000)
{
    /// <summary>A cohort rule: only the patients it selects are imported (the others are counted with a reason); null
    /// imports every patient.</summary>
    public CohortRule? Select { get; init; }

    /// <summary>The identifier system (a URI the site chooses) whose value is a patient's LamTrack id; null uses the
    /// FHIR Patient id.</summary>
    public string? PatientIdentifierSystem { get; init; }

    /// <summary>Whether a patient already stored is merged with the imported record (<c>Interop.PatientMerger</c>: events
    /// matched by their source identifier, new ones added, none duplicated, none the import lacks removed) instead of
    /// replaced by it: the rule for a second source, or a later export that brings more events, of the same person.</summary>
    public bool MergeEvents { get; init; }
}
