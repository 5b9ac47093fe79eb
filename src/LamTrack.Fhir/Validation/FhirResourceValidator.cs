using Firely.Fhir.Validation;
using Hl7.Fhir.Model;
using Hl7.Fhir.Specification.Source;
using Hl7.Fhir.Specification.Terminology;
using LamTrack.Fhir.Import;

namespace LamTrack.Fhir.Validation;

/// <summary>Checks resources against the FHIR R4 base profiles with Firely.Fhir.Validation.R4, offline (the R4
/// specification.zip shipped in Hl7.Fhir.Specification.Data.R4).</summary>
/// <remarks>
/// One instance is shared (<see cref="Shared"/>): the validator compiles and caches schemas, so the first call costs
/// seconds and later ones about a millisecond ([FIRELY-SDK], validation). It does not check SNOMED CT, LOINC or RxNorm
/// codes nor UCUM units; the importer checks those against <see cref="Terminology.CodeTables"/>.
/// Thread-safe: calls are serialised. The Firely validator compiles a profile's schema on first use, and two threads
/// compiling at once were seen to fail ("Failed to convert ElementDefinition ... Index was out of range") in a
/// parallel NDJSON import; profile validation is the slow, optional path, so one at a time costs little.
/// </remarks>
public sealed class FhirResourceValidator
{
    private static readonly Lazy<FhirResourceValidator> s_shared = new(() => new FhirResourceValidator());

    private readonly Validator _validator;
    private readonly Lock _gate = new();

    private FhirResourceValidator()
    {
        var resolver = new CachedResolver(ZipSource.CreateValidationSource());
        var settings = new ValidationSettings { SelectValidationProfiles = (_, declared, _, _) => CoreProfilesOnly(declared) };
        _validator = new Validator(resolver, new LocalTerminologyService(resolver), null, settings);
    }

    // Hospital data declares implementation-guide profiles in meta.profile (US Core, IPS). Those StructureDefinitions
    // are not in the offline R4 package, and "unable to resolve profile" would reject every such resource; the
    // resource is still checked against its R4 base profile and any core profile it declares (such as vitalsigns).
    private static Firely.Fhir.Validation.Canonical[] CoreProfilesOnly(Firely.Fhir.Validation.Canonical[] declared) =>
        [.. declared.Where(p => p.ToString().StartsWith("http://hl7.org/fhir/StructureDefinition/", StringComparison.Ordinal))];

    /// <summary>The process-wide validator.</summary>
    public static FhirResourceValidator Shared => s_shared.Value;

    /// <summary>Validates one resource against its base profile and returns each error and warning as an import problem.</summary>
    /// <param name="resource">The resource.</param>
    /// <param name="where">Where the resource was read; the path of each issue is filled in.</param>
    public IReadOnlyList<ImportProblem> Validate(Resource resource, ImportLocation where)
    {
        ArgumentNullException.ThrowIfNull(resource);
        ArgumentNullException.ThrowIfNull(where);
        OperationOutcome outcome;
        lock (_gate)
        {
            outcome = _validator.Validate(resource);
        }

        var problems = new List<ImportProblem>();
        foreach (OperationOutcome.IssueComponent issue in outcome.Issue)
        {
            ImportIssueCode? code = issue.Severity switch
            {
                OperationOutcome.IssueSeverity.Fatal or OperationOutcome.IssueSeverity.Error => ImportIssueCodes.ProfileViolation,
                OperationOutcome.IssueSeverity.Warning when !IsUnknownRegistryExtension(issue) => ImportIssueCodes.ProfileWarning,
                _ => null,
            };
            if (code is not null)
            {
                string path = issue.Expression.FirstOrDefault() ?? issue.Location.FirstOrDefault() ?? resource.TypeName;
                problems.Add(new ImportProblem(code, where.At(path), Describe(issue)));
            }
        }

        return problems;
    }

    // LamTrack's own extensions have no StructureDefinition in the R4 zip; the validator warns that it cannot
    // resolve them, which is expected and would drown real warnings.
    private static bool IsUnknownRegistryExtension(OperationOutcome.IssueComponent issue) =>
        $"{issue.Diagnostics} {issue.Details?.Text}".Contains("extension '" + Terminology.CodeSystemUris.ExtensionBase, StringComparison.Ordinal);

    private static string Describe(OperationOutcome.IssueComponent issue)
    {
        string text = issue.Details?.Text ?? issue.Diagnostics ?? issue.Code?.ToString() ?? "invalid";
        int trace = text.IndexOf(" ElementDefinition trace", StringComparison.Ordinal);
        return trace > 0 ? text[..trace] : text;
    }
}
