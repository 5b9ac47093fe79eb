using LamTrack.Reporting.Analysis;
using Microsoft.Extensions.DependencyInjection;

namespace LamTrack.Hosting.Reporting;

/// <summary>Registers the renderers of application results (tables, figures, analysis files).</summary>
public static class ReportingRegistration
{
    /// <summary>Adds the reporting renderers.</summary>
    public static IServiceCollection AddLamTrackReporting(this IServiceCollection services)
    {
        ArgumentNullException.ThrowIfNull(services);
        services.AddSingleton<CohortAnalysisReporter>();
        return services;
    }
}
