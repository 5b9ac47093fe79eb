using System.CommandLine;

namespace LamTrack.Cli.Infrastructure;

/// <summary>Builds the command tree and runs it with LamTrack's exit-code conventions.</summary>
public static class LamTrackCli
{
    /// <summary>Parses <paramref name="args"/> and runs the chosen command.</summary>
    /// <returns>An exit code from <see cref="ExitCodes"/>.</returns>
    public static int Run(string[] args, CliContext context)
    {
        ParseResult? parsed = Parse(args, context);
        return parsed is null ? ExitCodes.Usage : parsed.Invoke(Configuration(context));
    }

    /// <summary>Parses <paramref name="args"/> and runs the chosen command, awaiting it (the entry point's way).</summary>
    /// <returns>An exit code from <see cref="ExitCodes"/>.</returns>
    public static async Task<int> RunAsync(string[] args, CliContext context, CancellationToken cancellationToken = default)
    {
        ParseResult? parsed = Parse(args, context);
        return parsed is null ? ExitCodes.Usage : await parsed.InvokeAsync(Configuration(context), cancellationToken).ConfigureAwait(false);
    }

    /// <summary>The root command with every registered subcommand.</summary>
    public static RootCommand BuildRoot(CliContext context)
    {
        var root = new RootCommand("LamTrack: LAM and sirolimus clinical record, analytics, dosing and guidance.");
        foreach (Command command in CommandCatalog.Create(context))
        {
            root.Subcommands.Add(command);
        }

        return root;
    }

    private static ParseResult? Parse(string[] args, CliContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        ParseResult parsed = BuildRoot(context).Parse(args);
        if (parsed.Errors.Count == 0)
        {
            return parsed;
        }

        foreach (var error in parsed.Errors)
        {
            context.Error.WriteLine($"usage: {error.Message}");
        }

        context.Error.WriteLine("Run 'lamtrack --help' for the commands and their options.");
        return null;
    }

    private static InvocationConfiguration Configuration(CliContext context) =>
        new() { Output = context.Console.Profile.Out.Writer, Error = context.Error };
}
