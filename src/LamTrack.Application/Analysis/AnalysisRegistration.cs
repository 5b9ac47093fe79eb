using LamTrack.Application.Reports;
using LamTrack.Application.Synthesis;
using Microsoft.Extensions.DependencyInjection;

namespace LamTrack.Application.Analysis;

/// <summary>Registers the cohort use cases: the case-series report, the cohort analysis and the synthetic cohort.</summary>
public static class AnalysisRegistration
{
    /// <summary>Adds the report and analysis services.</summary>
    public static IServiceCollection AddLamTrackAnalysis(this IServiceCollection services)
    {
        services.AddSingleton<CaseSeriesReportService>();
        services.AddSingleton<CohortAnalysisService>();
        services.AddSingleton<SyntheticCohortService>();
        return services;
    }
}
