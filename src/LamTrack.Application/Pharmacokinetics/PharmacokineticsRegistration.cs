using Microsoft.Extensions.DependencyInjection;

namespace LamTrack.Application.Pharmacokinetics;

/// <summary>Registers the pharmacokinetics use cases (simulate, estimate, population, dose proposal).</summary>
public static class PharmacokineticsRegistration
{
    /// <summary>Adds the pharmacokinetics services.</summary>
    public static IServiceCollection AddLamTrackPharmacokinetics(this IServiceCollection services)
    {
        ArgumentNullException.ThrowIfNull(services);
        return services;
    }
}
