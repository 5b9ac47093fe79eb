using Spectre.Console;

namespace LamTrack.Cli.Infrastructure;

/// <summary>Where and when long reads show a progress bar: on standard error, for inputs of a few megabytes or more.</summary>
/// <remarks>Standard error, so that what a command writes to standard output (JSON, a summary) stays clean for scripts.</remarks>
public static class ProgressConsole
{
    /// <summary>Inputs at least this large get a progress bar; smaller ones finish too fast for one.</summary>
    public const long MinimumBytes = 5_000_000;

    /// <summary>A Spectre console over the command's standard error.</summary>
    public static IAnsiConsole For(CliContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        return AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(context.Error) });
    }
}
