using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace LamTrack.Application.Stores;

/// <summary>Registers the store use cases (create or upgrade, import, backup); the store administration port itself is
/// registered by the host's storage registration.</summary>
public static class StoresRegistration
{
    /// <summary>Adds <see cref="StoreSetupService"/> and <see cref="StoreBackupService"/>.</summary>
    public static IServiceCollection AddLamTrackStores(this IServiceCollection services)
    {
        ArgumentNullException.ThrowIfNull(services);
        services.TryAddSingleton<StoreSetupService>();
        services.TryAddSingleton<StoreBackupService>();
        return services;
    }
}
