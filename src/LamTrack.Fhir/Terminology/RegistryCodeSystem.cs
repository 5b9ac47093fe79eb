using Hl7.Fhir.Model;

namespace LamTrack.Fhir.Terminology;

/// <summary>Builds the FHIR CodeSystem resource that publishes <see cref="RegistryCodes"/>.</summary>
public static class RegistryCodeSystem
{
    /// <summary>The business version of the registry code system; raise it when a code is added.</summary>
    public const string Version = "1.0.0";

    /// <summary>The CodeSystem resource (status active, content complete, case-sensitive codes).</summary>
    public static CodeSystem Create() => new()
    {
        Id = "lamtrack",
        Url = CodeSystemUris.Registry,
        Version = Version,
        Name = "LamTrackRegistry",
        Title = "LamTrack registry-local codes",
        Status = PublicationStatus.Active,
        Experimental = false,
        Description = new Markdown(
            "Codes for LAM registry values that have no verified SNOMED CT, LOINC or RxNorm code. See docs/fhir.md."),
        CaseSensitive = true,
        Content = CodeSystemContentMode.Complete,
        Count = RegistryCodes.All.Count,
        Concept = RegistryCodes.All
            .Select(c => new CodeSystem.ConceptDefinitionComponent
            {
                Code = c.Code.Code,
                Display = c.Code.Display,
                Definition = c.Definition,
            })
            .ToList(),
    };
}
