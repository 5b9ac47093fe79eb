using LamTrack.Application;
using LamTrack.Application.Pharmacokinetics;
using LamTrack.Hosting.Fhir;
using LamTrack.Hosting.Reporting;
using LamTrack.Hosting.Storage;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace LamTrack.Hosting;

/// <summary>The one call a composition root (the command line, the web host) makes to wire LamTrack.</summary>
public static class LamTrackRegistration
{
    /// <summary>The configuration section every LamTrack setting lives under (<c>LamTrack:Storage</c>, …).</summary>
    public const string SectionName = "LamTrack";

    /// <summary>Adds the application services, the stores, FHIR, reporting, the system clock, logging and the options
    /// bound from <paramref name="configuration"/>.</summary>
    /// <remarks>The clock is added only when none is registered yet, so a test may register a fake clock first.</remarks>
    public static IServiceCollection AddLamTrack(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(configuration);
        services.AddLogging();
        services.AddOptions<PharmacokineticsOptions>().Bind(configuration.GetSection(PharmacokineticsOptions.SectionName));
        return services
            .AddLamTrackClock()
            .AddLamTrackApplication()
            .AddLamTrackStorage(configuration)
            .AddLamTrackFhir()
            .AddLamTrackReporting();
    }
}
