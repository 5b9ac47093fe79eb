using LamTrack.Application.Analysis;
using LamTrack.Application.Guidance;
using LamTrack.Application.Interop;
using LamTrack.Application.Pharmacokinetics;
using LamTrack.Application.Records;
using LamTrack.Application.Statistics;
using LamTrack.Application.Stores;
using Microsoft.Extensions.DependencyInjection;

namespace LamTrack.Application;

/// <summary>Registers the use-case services of every area of the application layer.</summary>
/// <remarks>Infrastructure (stores, FHIR, the clock, options bound from configuration) is registered by LamTrack.Hosting's
/// <c>AddLamTrack(configuration)</c>, which calls this method.</remarks>
public static class ApplicationRegistration
{
    /// <summary>Adds every area's services: each area registers itself in its own <c>AddLamTrack…</c> method.</summary>
    public static IServiceCollection AddLamTrackApplication(this IServiceCollection services)
    {
        ArgumentNullException.ThrowIfNull(services);
        return services
            .AddLamTrackRecords()
            .AddLamTrackAnalysis()
            .AddLamTrackInterop()
            .AddLamTrackStatistics()
            .AddLamTrackPharmacokinetics()
            .AddLamTrackGuidance()
            .AddLamTrackStores();
    }
}
