namespace LamTrack.Fhir.Terminology;

/// <summary>Secondary ICD-10-CM codings written beside the SNOMED code ([ICD-10-CM]).</summary>
public static class Icd10CmCodes
{
    /// <summary>D1a Lymphangioleiomyomatosis.</summary>
    public static readonly TerminologyCode Lam = new(CodeSystemUris.Icd10Cm, "J84.81", "Lymphangioleiomyomatosis", CodeEvidence.Verified);

    /// <summary>D5a Chylous effusion (one source).</summary>
    public static readonly TerminologyCode ChylousEffusion = new(CodeSystemUris.Icd10Cm, "J94.0", "Chylous effusion", CodeEvidence.VerifiedOneSource);
}
