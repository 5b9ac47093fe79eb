using LamTrack.Pharmacokinetics.Models;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace LamTrack.Application.Pharmacokinetics;

/// <summary>Registers the pharmacokinetics use cases (simulate, estimate, population, dose proposal).</summary>
public static class PharmacokineticsRegistration
{
    /// <summary>Adds the pharmacokinetics services, the shipped model catalogue (with the one interaction table) and
    /// <see cref="PharmacokineticsOptions"/> (bound from <c>LamTrack:Pharmacokinetics</c> by the host).</summary>
    /// <remarks>The catalogue is loaded once, from the <c>models</c> directory next to the binaries, on first use; a host may
    /// register its own <see cref="ModelCatalogue"/> first.</remarks>
    public static IServiceCollection AddLamTrackPharmacokinetics(this IServiceCollection services)
    {
        ArgumentNullException.ThrowIfNull(services);
        services.AddOptions<PharmacokineticsOptions>();
        services.TryAddSingleton(_ => ModelCatalogue.LoadShipped());
        services.TryAddSingleton<DoseProposalService>();
        services.TryAddSingleton<PkSimulationService>();
        services.TryAddSingleton<PkEstimationService>();
        services.TryAddSingleton<PkPopulationService>();
        return services;
    }
}
