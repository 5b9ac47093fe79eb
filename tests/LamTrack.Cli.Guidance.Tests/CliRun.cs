using LamTrack.Cli.Infrastructure;
using NodaTime;
using NodaTime.Testing;
using Spectre.Console;

namespace LamTrack.Cli.Guidance.Tests;

/// <summary>Runs <c>lamtrack</c> in-process with captured output and a fixed clock.</summary>
internal sealed record CliRun(int ExitCode, string Out, string Error)
{
    public static CliRun Of(params string[] args)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        IAnsiConsole console = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Ansi = AnsiSupport.No,
            ColorSystem = ColorSystemSupport.NoColors,
            Out = new AnsiConsoleOutput(output),
        });
        console.Profile.Width = 200;
        var context = new CliContext(new FakeClock(Instant.FromUtc(2018, 1, 15, 12, 0)), console, error);
        int code = LamTrackCli.Run(args, context);
        return new CliRun(code, output.ToString(), error.ToString());
    }

    public static string CaseSeriesFolder()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "LamTrack.slnx")))
        {
            dir = dir.Parent;
        }

        return Path.Combine(dir?.FullName ?? throw new InvalidOperationException("repository root not found"), "data", "case-series");
    }
}
