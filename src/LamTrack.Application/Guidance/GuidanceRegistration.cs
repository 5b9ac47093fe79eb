using LamTrack.Pharmacokinetics.Models;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace LamTrack.Application.Guidance;

/// <summary>Registers the guidance use cases (advice for a patient as of a date, the worklist, the rule catalogue).</summary>
public static class GuidanceRegistration
{
    /// <summary>Adds the guidance services; they share the model catalogue's one interaction table with the PK services.</summary>
    public static IServiceCollection AddLamTrackGuidance(this IServiceCollection services)
    {
        ArgumentNullException.ThrowIfNull(services);
        services.AddOptions<LamTrack.Application.Pharmacokinetics.PharmacokineticsOptions>();
        services.TryAddSingleton(_ => ModelCatalogue.LoadShipped());
        services.TryAddSingleton<GuidanceService>();
        services.TryAddSingleton<RuleCatalogueService>();
        return services;
    }
}
