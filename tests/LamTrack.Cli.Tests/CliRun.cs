using LamTrack.Cli.Infrastructure;
using NodaTime;
using NodaTime.Testing;
using Spectre.Console;

namespace LamTrack.Cli.Tests;

/// <summary>Runs <c>lamtrack</c> in-process with a fake clock and captured output.</summary>
internal sealed class CliRun
{
    private CliRun(int exitCode, string output, string error)
    {
        ExitCode = exitCode;
        Output = output;
        Error = error;
    }

    public int ExitCode { get; }

    public string Output { get; }

    public string Error { get; }

    public static CliRun Invoke(params string[] args)
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
        var clock = new FakeClock(Instant.FromUtc(2026, 1, 15, 9, 0));
        int code = LamTrackCli.Run(args, new CliContext(clock, console, error));
        return new CliRun(code, output.ToString(), error.ToString());
    }
}
