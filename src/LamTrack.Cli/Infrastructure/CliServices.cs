using LamTrack.Hosting;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using NodaTime;

namespace LamTrack.Cli.Infrastructure;

/// <summary>Builds the service provider every command resolves its use-case services from.</summary>
public static class CliServices
{
    /// <summary>The services wired by <see cref="LamTrackRegistration.AddLamTrack"/>, with <paramref name="clock"/> as the clock.</summary>
    /// <remarks>Settings come from environment variables (<c>LamTrack__Storage__DefaultDatabase</c> and so on).</remarks>
    /// <param name="clock">The clock every service reads.</param>
    /// <param name="validate">Check every registration's dependencies while building (tests do; a command does not,
    /// as walking every constructor of every adapter and loading their assemblies adds to every run's start-up).</param>
    public static ServiceProvider Create(IClock clock, bool validate = false)
    {
        IConfiguration configuration = new ConfigurationBuilder().AddEnvironmentVariables().Build();
        var services = new ServiceCollection();
        // Registered before AddLamTrack, which adds the system clock only when no clock is there yet.
        services.AddSingleton(clock);
        services.AddLamTrack(configuration);
        return services.BuildServiceProvider(new ServiceProviderOptions { ValidateOnBuild = validate, ValidateScopes = validate });
    }
}
