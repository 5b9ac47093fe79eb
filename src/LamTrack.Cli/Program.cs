using LamTrack.Cli.Infrastructure;
using NodaTime;
using Spectre.Console;

// Composition root: the only place that reads the system clock and the real console.
IClock clock = SystemClock.Instance;
await using var services = CliServices.Create(clock);
var context = new CliContext(clock, AnsiConsole.Console, Console.Error) { Services = services };
return await LamTrackCli.RunAsync(args, context);
