using Microsoft.Extensions.DependencyInjection;

namespace LamTrack.Application.Statistics;

/// <summary>Registers the statistics use cases (the Kaplan–Meier table).</summary>
public static class StatisticsRegistration
{
    /// <summary>Adds the statistics services.</summary>
    public static IServiceCollection AddLamTrackStatistics(this IServiceCollection services)
    {
        services.AddSingleton<KaplanMeierService>();
        return services;
    }
}
