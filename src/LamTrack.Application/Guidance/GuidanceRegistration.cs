using Microsoft.Extensions.DependencyInjection;

namespace LamTrack.Application.Guidance;

/// <summary>Registers the guidance use cases (advice for a patient as of a date, the worklist).</summary>
public static class GuidanceRegistration
{
    /// <summary>Adds the guidance services.</summary>
    public static IServiceCollection AddLamTrackGuidance(this IServiceCollection services)
    {
        ArgumentNullException.ThrowIfNull(services);
        return services;
    }
}
