using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace LamTrack.Application.Stores;

/// <summary>Registers the store use cases (create or upgrade, import, check, audit verification, backup); the store administration port itself is
/// registered by the host's storage registration.</summary>
public static class StoresRegistration
{
    /// <summary>Adds <see cref="StoreSetupService"/>, <see cref="StoreBackupService"/> and <see cref="StoreCheckService"/>.</summary>
    public static IServiceCollection AddLamTrackStores(this IServiceCollection services)
    {
        ArgumentNullException.ThrowIfNull(services);
        services.TryAddSingleton<StoreSetupService>();
        services.TryAddSingleton<StoreBackupService>();
        services.TryAddSingleton<StoreCheckService>();
        return services;
    }
}
