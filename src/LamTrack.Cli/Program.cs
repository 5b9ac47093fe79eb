using LamTrack.Cli.Infrastructure;
using NodaTime;
using Spectre.Console;

// Composition root: the only place that reads the system clock and the real console.
var context = new CliContext(SystemClock.Instance, AnsiConsole.Console, Console.Error);
return LamTrackCli.Run(args, context);
