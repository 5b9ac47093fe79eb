using LamTrack.Application.Ports;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace LamTrack.Hosting.Storage;

/// <summary>Registers the patient stores (SQLite and PostgreSQL) behind the application's store ports.</summary>
public static class StorageRegistration
{
    /// <summary>Adds the store options bound from <c>LamTrack:Storage</c>, the store factory and the store administration (create, migrate, back up).</summary>
    public static IServiceCollection AddLamTrackStorage(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        services.AddOptions<StorageOptions>().Bind(configuration.GetSection(StorageOptions.SectionName));
        services.AddSingleton<PatientStoreFactory>();
        services.AddSingleton<IPatientStoreFactory>(provider => provider.GetRequiredService<PatientStoreFactory>());
        services.AddSingleton<IStoreAdministration, StoreAdministration>();
        return services;
    }
}
