using Hl7.Fhir.Model;
using LamTrack.Fhir.Import;
using LamTrack.Fhir.Serialization;
using LamTrack.Fhir.Validation;

namespace LamTrack.Fhir.Tests.Validation;

public sealed class FhirResourceValidatorTests
{
    [Theory]
    [InlineData("condition-left-ptx-recurrence.json")] // a minimal Condition, recurrence status
    [InlineData("observation-sirolimus.json")] // a minimal Observation, UCUM quantity
    [InlineData("patient-minimal.json")] // year-only birth date is a valid FHIR date
    public void Validate_AcceptSample_HasNoErrors(string file)
    {
        var problems = ParseAndValidate(Path.Combine("Samples", "Accept", file));
        Assert.DoesNotContain(problems, p => p.IsError);
    }

    [Theory]
    [InlineData("condition-bad-clinical-status.json", "FHIR-IMP-004", "Condition.clinicalStatus")] // required binding, code not in value set
    [InlineData("observation-value-and-absent-reason.json", "FHIR-IMP-004", "Observation")] // invariant obs-6: dataAbsentReason only without value
    [InlineData("observation-no-status.json", "FHIR-IMP-003", "Observation")] // status is 1..1; the strict parser reports it
    [InlineData("patient-bad-gender.json", "FHIR-IMP-003", "Patient.gender")] // not an AdministrativeGender code
    [InlineData("patient-truncated.json", "FHIR-IMP-002", null)] // file cut off mid-object
    public void Validate_RejectSample_ReportsCodeAndPath(string file, string code, string? pathPrefix)
    {
        var problems = ParseAndValidate(Path.Combine("Samples", "Reject", file));
        Assert.Contains(problems, p => p.IsError && p.Code.Id == code
            && (pathPrefix is null || (p.Location.Path ?? string.Empty).StartsWith(pathPrefix, StringComparison.Ordinal)));
    }

    [Fact]
    public void Validate_RegistryExtension_IsNotReportedAsWarning()
    {
        var observation = new Observation { Id = "o", Status = ObservationStatus.Final, Code = new CodeableConcept { Text = "x" } };
        observation.Extension.Add(new Extension(LamTrack.Fhir.Terminology.CodeSystemUris.ExtensionBase + "trough", new FhirBoolean(true)));
        var problems = FhirResourceValidator.Shared.Validate(observation, ImportLocation.OfFile("o"));
        Assert.True(problems.Count == 0, string.Join("; ", problems));
    }

    private static List<ImportProblem> ParseAndValidate(string path)
    {
        var problems = new ImportProblemList();
        var where = ImportLocation.OfFile(Path.GetFileName(path));
        Resource? resource = FhirJson.TryParse(File.ReadAllText(path), where, problems);
        if (resource is not null)
        {
            problems.AddRange(FhirResourceValidator.Shared.Validate(resource, where with { ResourceType = resource.TypeName, ResourceId = resource.Id }));
        }

        return [.. problems];
    }
}
