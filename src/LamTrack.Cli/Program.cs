using LamTrack.Cli.Infrastructure;
using NodaTime;
using Spectre.Console;

// Composition root: the only place that reads the system clock and the real console.
IClock clock = SystemClock.Instance;
// The services are built when a command first asks for them, so that help, --version and usage errors skip that start-up.
var context = new CliContext(clock, AnsiConsole.Console, Console.Error);
try
{
    return await LamTrackCli.RunAsync(args, context);
}
finally
{
    await context.DisposeServicesAsync();
}
