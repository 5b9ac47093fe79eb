namespace LamTrack.Fhir.Terminology;

/// <summary>How a code in the tables was verified, as docs/fhir.md describes.</summary>
public enum CodeEvidence
{
    /// <summary>Seen in an authoritative artefact or in at least two independent public code lists.</summary>
    Verified = 1,

    /// <summary>Seen in exactly one non-authoritative public source; confirm before release.</summary>
    VerifiedOneSource = 2,

    /// <summary>A FHIR core code (HL7 terminology shipped with R4 4.0.1).</summary>
    FhirCore = 3,

    /// <summary>A LamTrack registry-local code, used where no standard code was verified.</summary>
    RegistryLocal = 4,

    /// <summary>Not checked against the code system's release; kept so that real data maps, and flagged on every
    /// value it maps (terminology/concepts.json).</summary>
    Unverified = 5,
}
