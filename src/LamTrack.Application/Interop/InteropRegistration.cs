using Microsoft.Extensions.DependencyInjection;

namespace LamTrack.Application.Interop;

/// <summary>Registers the interoperability use cases (FHIR import, FHIR and research export).</summary>
public static class InteropRegistration
{
    /// <summary>Adds the import and export services.</summary>
    public static IServiceCollection AddLamTrackInterop(this IServiceCollection services)
    {
        services.AddSingleton<FhirImportService>();
        services.AddSingleton<PatientExportService>();
        return services;
    }
}
