using System.Reflection;

namespace LamTrack.Fhir.Import;

/// <summary>The registry of import problem codes (<c>FHIR-IMP-001</c> ...). Each problem an import reports carries
/// one of these, so that users and scripts can look a code up in docs/fhir.md.</summary>
public static class ImportIssueCodes
{
    /// <summary>The input file or folder cannot be read.</summary>
    public static readonly ImportIssueCode Unreadable = new("FHIR-IMP-001", ImportSeverity.Error, "input cannot be read");

    /// <summary>A line or file is not well-formed JSON.</summary>
    public static readonly ImportIssueCode MalformedJson = new("FHIR-IMP-002", ImportSeverity.Error, "malformed JSON");

    /// <summary>The JSON is not a FHIR R4 resource the SDK can read (unknown type, element or value).</summary>
    public static readonly ImportIssueCode NotFhir = new("FHIR-IMP-003", ImportSeverity.Error, "not a valid FHIR R4 resource");

    /// <summary>The resource breaks the FHIR R4 base profile (Firely validator).</summary>
    public static readonly ImportIssueCode ProfileViolation = new("FHIR-IMP-004", ImportSeverity.Error, "violates the FHIR R4 base profile");

    /// <summary>A warning from the FHIR R4 base-profile validator.</summary>
    public static readonly ImportIssueCode ProfileWarning = new("FHIR-IMP-005", ImportSeverity.Warning, "FHIR R4 base-profile warning");

    /// <summary>A resource type LamTrack does not import; it is ignored (listed once per type, with the count).</summary>
    public static readonly ImportIssueCode UnsupportedResource = new("FHIR-IMP-006", ImportSeverity.Warning, "resource type not imported");

    /// <summary>The code is not in LamTrack's code tables, so the resource's meaning is unknown.</summary>
    public static readonly ImportIssueCode UnknownCode = new("FHIR-IMP-007", ImportSeverity.Error, "unknown code");

    /// <summary>A quantity has no UCUM unit, an unknown one, or one of the wrong dimension for its code.</summary>
    public static readonly ImportIssueCode BadUnit = new("FHIR-IMP-008", ImportSeverity.Error, "missing, unknown or wrong unit");

    /// <summary>An element LamTrack needs is missing (for example Observation.value or Patient.identifier).</summary>
    public static readonly ImportIssueCode MissingElement = new("FHIR-IMP-009", ImportSeverity.Error, "required element missing");

    /// <summary>A reference points to a resource that is not in the input.</summary>
    public static readonly ImportIssueCode UnresolvedReference = new("FHIR-IMP-010", ImportSeverity.Error, "unresolved reference");

    /// <summary>Two resources in the input carry the same identifier or id.</summary>
    public static readonly ImportIssueCode DuplicateIdentifier = new("FHIR-IMP-011", ImportSeverity.Error, "duplicate identifier");

    /// <summary>A value is outside the range LamTrack accepts (for example a lung compression over 100 %).</summary>
    public static readonly ImportIssueCode OutOfRange = new("FHIR-IMP-012", ImportSeverity.Error, "value out of range");

    /// <summary>The Bundle type cannot be imported (only collection, transaction and batch can).</summary>
    public static readonly ImportIssueCode UnsupportedBundle = new("FHIR-IMP-013", ImportSeverity.Error, "bundle type not importable");

    /// <summary>A conditional or external reference was dropped (it does not name a resource in the input).</summary>
    public static readonly ImportIssueCode ReferenceDropped = new("FHIR-IMP-014", ImportSeverity.Warning, "reference dropped");

    /// <summary>A date or time is missing precision LamTrack needs (for example a month-only event date).</summary>
    public static readonly ImportIssueCode ImpreciseDate = new("FHIR-IMP-015", ImportSeverity.Error, "date too imprecise");

    /// <summary>The patient's record breaks a LamTrack rule (for example an event before birth).</summary>
    public static readonly ImportIssueCode DomainRule = new("FHIR-IMP-016", ImportSeverity.Error, "breaks a LamTrack record rule");

    /// <summary>A bundle or patient was skipped whole because of errors (<c>--skip-invalid</c>).</summary>
    public static readonly ImportIssueCode Skipped = new("FHIR-IMP-017", ImportSeverity.Warning, "skipped because invalid");

    /// <summary>The input holds no resource at all.</summary>
    public static readonly ImportIssueCode EmptyInput = new("FHIR-IMP-018", ImportSeverity.Error, "no resources in input");

    /// <summary>A value LamTrack does not keep was dropped (for example a free-text note on an unsupported element).</summary>
    public static readonly ImportIssueCode ValueDropped = new("FHIR-IMP-019", ImportSeverity.Information, "value not kept");

    /// <summary>The same patient identifier is already in the store; its record was replaced, not duplicated.</summary>
    public static readonly ImportIssueCode Replaced = new("FHIR-IMP-020", ImportSeverity.Information, "existing patient replaced");

    /// <summary>The import target cannot hold the patient (a limit of the store, a file name taken by another patient).</summary>
    public static readonly ImportIssueCode TargetRefused = new("FHIR-IMP-021", ImportSeverity.Error, "the import target cannot hold the patient");

    /// <summary>A folder with a bulk-data manifest holds an NDJSON file the manifest does not list; it is not read.</summary>
    public static readonly ImportIssueCode NotInManifest = new("FHIR-IMP-022", ImportSeverity.Warning, "file not listed in the manifest");

    /// <summary>Resources of a type LamTrack reads whose code (or status) it does not use; listed once per type and code,
    /// with the count, never an error.</summary>
    public static readonly ImportIssueCode UnusedCode = new("FHIR-IMP-023", ImportSeverity.Information, "code not used");
    /// <summary>A line, a file or a gzip expansion is over a limit of <see cref="FhirInputLimits"/>.</summary>
    public static readonly ImportIssueCode TooLarge = new("FHIR-IMP-024", ImportSeverity.Error, "input over a size limit");

    private static readonly ImportIssueCode[] s_all = typeof(ImportIssueCodes)
        .GetFields(BindingFlags.Public | BindingFlags.Static)
        .Where(f => f.FieldType == typeof(ImportIssueCode))
        .Select(f => (ImportIssueCode)f.GetValue(null)!)
        .ToArray();

    /// <summary>Every code, in declaration order.</summary>
    public static IReadOnlyList<ImportIssueCode> All => s_all;
}
