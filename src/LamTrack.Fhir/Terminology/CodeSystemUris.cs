namespace LamTrack.Fhir.Terminology;

/// <summary>The code-system and naming-system URIs LamTrack writes into <c>Coding.system</c> and <c>Identifier.system</c>.</summary>
/// <remarks>
/// Standard URIs are the ones verified in the FHIR R4 4.0.1 core definitions ([FIRELY-SDK] packages
/// of [FHIR-R4]). The <c>lamtrack.org</c> URIs are the registry's own canonicals (docs/fhir.md); they identify, they
/// are not expected to resolve over the network.
/// </remarks>
public static class CodeSystemUris
{
    /// <summary>SNOMED CT.</summary>
    public const string Snomed = "http://snomed.info/sct";

    /// <summary>LOINC.</summary>
    public const string Loinc = "http://loinc.org";

    /// <summary>RxNorm.</summary>
    public const string RxNorm = "http://www.nlm.nih.gov/research/umls/rxnorm";

    /// <summary>UCUM units.</summary>
    public const string Ucum = "http://unitsofmeasure.org";

    /// <summary>ICD-10-CM.</summary>
    public const string Icd10Cm = "http://hl7.org/fhir/sid/icd-10-cm";

    /// <summary>WHO ATC.</summary>
    public const string Atc = "http://www.whocc.no/atc";

    /// <summary>HL7 observation categories (laboratory, imaging, social-history, ...).</summary>
    public const string ObservationCategory = "http://terminology.hl7.org/CodeSystem/observation-category";

    /// <summary>HL7 condition clinical status (active, recurrence, resolved, ...).</summary>
    public const string ConditionClinical = "http://terminology.hl7.org/CodeSystem/condition-clinical";

    /// <summary>HL7 condition verification status.</summary>
    public const string ConditionVerification = "http://terminology.hl7.org/CodeSystem/condition-ver-status";

    /// <summary>HL7 condition category (problem-list-item, encounter-diagnosis).</summary>
    public const string ConditionCategory = "http://terminology.hl7.org/CodeSystem/condition-category";

    /// <summary>HL7 adverse-event severity (mild, moderate, severe).</summary>
    public const string AdverseEventSeverity = "http://terminology.hl7.org/CodeSystem/adverse-event-severity";

    /// <summary>HL7 adverse-event seriousness (Non-serious, Serious).</summary>
    public const string AdverseEventSeriousness = "http://terminology.hl7.org/CodeSystem/adverse-event-seriousness";

    /// <summary>HL7 v2 table 0074, diagnostic service section (PF = pulmonary function).</summary>
    public const string DiagnosticServiceSection = "http://terminology.hl7.org/CodeSystem/v2-0074";

    /// <summary>The registry's base canonical; every LamTrack-owned URI starts with it.</summary>
    public const string RegistryBase = "https://fhir.lamtrack.org";

    /// <summary>The registry-local code system for values with no verified standard code (docs/fhir.md).</summary>
    public const string Registry = RegistryBase + "/CodeSystem/lamtrack";

    /// <summary>Identifier system of LamTrack patient ids (the key that makes re-import idempotent).</summary>
    public const string PatientIdentifier = RegistryBase + "/NamingSystem/patient";

    /// <summary>Identifier system of LamTrack timeline-event ids.</summary>
    public const string EventIdentifier = RegistryBase + "/NamingSystem/event";

    /// <summary>Base of LamTrack extension URLs; an extension's URL is this plus its name.</summary>
    public const string ExtensionBase = RegistryBase + "/StructureDefinition/";
}
