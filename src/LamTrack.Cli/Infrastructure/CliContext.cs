using NodaTime;
using Spectre.Console;

namespace LamTrack.Cli.Infrastructure;

/// <summary>What every command needs from the outside world, injected so that tests can replace it.</summary>
/// <param name="Clock">The clock; the system clock in production, a fake one in tests.</param>
/// <param name="Console">Standard output, with Spectre.Console rendering.</param>
/// <param name="Error">Standard error, for problems and usage errors.</param>
public sealed record CliContext(IClock Clock, IAnsiConsole Console, TextWriter Error)
{
    private IServiceProvider? _services;

    /// <summary>The application's services (wired by LamTrack.Hosting), with <see cref="Clock"/> as their clock.</summary>
    /// <remarks>Built on first use from <see cref="Clock"/> unless the composition root gives its own.</remarks>
    public IServiceProvider Services
    {
        get => _services ??= CliServices.Create(Clock);
        init => _services = value;
    }

    /// <summary>Disposes the services if they were built (or given); a command that never asked for them built none.</summary>
    public async ValueTask DisposeServicesAsync()
    {
        if (_services is IAsyncDisposable disposable)
        {
            await disposable.DisposeAsync().ConfigureAwait(false);
        }
    }
}
