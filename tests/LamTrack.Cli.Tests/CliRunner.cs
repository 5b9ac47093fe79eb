using LamTrack.Cli.Infrastructure;
using NodaTime;
using NodaTime.Testing;
using Spectre.Console;

namespace LamTrack.Cli.Tests;

/// <summary>Runs the CLI in-process with a fake clock and captured output.</summary>
internal static class CliRunner
{
    public static readonly Instant Now = Instant.FromUtc(2026, 11, 27, 9, 0);

    public static (int ExitCode, string Output, string Error) Run(params string[] args)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        IAnsiConsole console = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Out = new AnsiConsoleOutput(output),
            Ansi = AnsiSupport.No,
            ColorSystem = ColorSystemSupport.NoColors,
            Interactive = InteractionSupport.No,
        });
        console.Profile.Width = 200;
        int code = LamTrackCli.Run(args, new CliContext(new FakeClock(Now), console, error));
        return (code, output.ToString(), error.ToString());
    }
}
