using LamTrack.Application.Interop;
using LamTrack.Application.Ports;
using LamTrack.Fhir.Export;
using LamTrack.Fhir.Import;
using LamTrack.Fhir.Research;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace LamTrack.Hosting.Fhir;

/// <summary>Registers the FHIR R4 importer and exporters and the research export behind the application's ports.</summary>
public static class FhirRegistration
{
    /// <summary>Adds the FHIR and research-export adapters (stateless: one instance serves every call) and the
    /// de-identification options bound from <c>LamTrack:Deidentification</c>.</summary>
    public static IServiceCollection AddLamTrackFhir(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        services.AddOptions<DeidentificationOptions>().Bind(configuration.GetSection(DeidentificationOptions.SectionName));
        services.AddSingleton<IFhirImporter, FhirImportAdapter>();
        services.AddSingleton<IFhirExporter, FhirExportAdapter>();
        services.AddSingleton<IResearchExporter, ResearchExportAdapter>();
        return services;
    }
}
