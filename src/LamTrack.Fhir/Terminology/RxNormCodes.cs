namespace LamTrack.Fhir.Terminology;

/// <summary>The RxNorm codes LamTrack uses, each verified as docs/fhir.md describes ([RXNORM]). Ingredient (IN) codes are written even when
/// a product is known, because interaction rules key on the ingredient.</summary>
/// <remarks>Rifampicin, ethambutol and pyrazinamide ingredient codes are unverified and live in
/// <see cref="RegistryCodes"/> until checked against RxNorm.</remarks>
public static class RxNormCodes
{
    /// <summary>M1 sirolimus (ingredient).</summary>
    public static readonly TerminologyCode Sirolimus = Rx("35302", "sirolimus", CodeEvidence.Verified);

    /// <summary>M1b sirolimus 1 MG Oral Tablet (one source).</summary>
    public static readonly TerminologyCode SirolimusOneMilligramTablet = Rx("349208", "sirolimus 1 MG Oral Tablet", CodeEvidence.VerifiedOneSource);

    /// <summary>M3 isoniazid (ingredient).</summary>
    public static readonly TerminologyCode Isoniazid = Rx("6038", "isoniazid", CodeEvidence.Verified);

    /// <summary>M2a rifampin 150 MG Oral Capsule.</summary>
    public static readonly TerminologyCode Rifampin150Capsule = Rx("198201", "rifampin 150 MG Oral Capsule", CodeEvidence.Verified);

    /// <summary>M2a rifampin 300 MG Oral Capsule.</summary>
    public static readonly TerminologyCode Rifampin300Capsule = Rx("198202", "rifampin 300 MG Oral Capsule", CodeEvidence.Verified);

    /// <summary>X6b oxygen (one source).</summary>
    public static readonly TerminologyCode Oxygen = Rx("7806", "Oxygen", CodeEvidence.VerifiedOneSource);

    private static TerminologyCode Rx(string code, string display, CodeEvidence evidence) =>
        new(CodeSystemUris.RxNorm, code, display, evidence);
}
