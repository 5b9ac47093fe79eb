using Microsoft.Extensions.DependencyInjection;

namespace LamTrack.Hosting.Fhir;

/// <summary>Registers the FHIR R4 importer and exporters behind the application's ports.</summary>
public static class FhirRegistration
{
    /// <summary>Adds the FHIR adapters.</summary>
    public static IServiceCollection AddLamTrackFhir(this IServiceCollection services)
    {
        ArgumentNullException.ThrowIfNull(services);
        return services;
    }
}
