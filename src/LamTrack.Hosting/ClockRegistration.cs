using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using NodaTime;

namespace LamTrack.Hosting;

/// <summary>Registers the system clock: the only place outside a Program.cs that names it.</summary>
public static class ClockRegistration
{
    /// <summary>Adds <see cref="SystemClock.Instance"/> as <see cref="IClock"/> unless a clock is registered already.</summary>
    public static IServiceCollection AddLamTrackClock(this IServiceCollection services)
    {
        services.TryAddSingleton<IClock>(SystemClock.Instance);
        return services;
    }
}
