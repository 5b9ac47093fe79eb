using Hl7.Fhir.Model;
using LamTrack.Fhir.Import;
using LamTrack.Fhir.Terminology;
using LamTrack.Fhir.Validation;

namespace LamTrack.Fhir.Tests.Terminology;

public sealed class RegistryCodeSystemTests
{
    [Fact]
    public void Create_HoldsEveryRegistryCodeWithDefinition()
    {
        CodeSystem system = RegistryCodeSystem.Create();
        Assert.Equal(RegistryCodes.All.Count, system.Concept.Count);
        Assert.Equal(RegistryCodes.All.Count, system.Count);
        Assert.All(system.Concept, c => Assert.False(string.IsNullOrWhiteSpace(c.Definition)));
        Assert.Contains(system.Concept, c => c.Code == "ptx-lung-compression-pct");
    }

    [Fact]
    public void Create_CodesAreUnique() =>
        Assert.Equal(RegistryCodes.All.Count, RegistryCodes.All.Select(c => c.Code.Code).Distinct(StringComparer.Ordinal).Count());

    [Fact]
    public void Create_PassesR4BaseProfileValidation()
    {
        CodeSystem system = RegistryCodeSystem.Create();
        IReadOnlyList<ImportProblem> problems = FhirResourceValidator.Shared.Validate(system, ImportLocation.OfFile("codesystem"));
        Assert.DoesNotContain(problems, p => p.IsError);
    }
}
