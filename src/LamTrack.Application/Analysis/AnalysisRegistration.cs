using LamTrack.Application.Reports;
using Microsoft.Extensions.DependencyInjection;

namespace LamTrack.Application.Analysis;

/// <summary>Registers the cohort use cases: the case-series report and the cohort analysis.</summary>
public static class AnalysisRegistration
{
    /// <summary>Adds the report and analysis services.</summary>
    public static IServiceCollection AddLamTrackAnalysis(this IServiceCollection services)
    {
        services.AddSingleton<CaseSeriesReportService>();
        services.AddSingleton<CohortAnalysisService>();
        return services;
    }
}
