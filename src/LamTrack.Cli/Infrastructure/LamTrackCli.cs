using System.CommandLine;

namespace LamTrack.Cli.Infrastructure;

/// <summary>Builds the command tree and runs it with LamTrack's exit-code conventions.</summary>
public static class LamTrackCli
{
    /// <summary>Parses <paramref name="args"/> and runs the chosen command.</summary>
    /// <returns>An exit code from <see cref="ExitCodes"/>.</returns>
    public static int Run(string[] args, CliContext context)
    {
        RootCommand root = BuildRoot(context);
        ParseResult parsed = root.Parse(args);
        if (parsed.Errors.Count > 0)
        {
            foreach (var error in parsed.Errors)
            {
                context.Error.WriteLine($"usage: {error.Message}");
            }

            context.Error.WriteLine("Run 'lamtrack --help' for the commands and their options.");
            return ExitCodes.Usage;
        }

        try
        {
            return parsed.Invoke(new InvocationConfiguration { Output = context.Console.Profile.Out.Writer, Error = context.Error, EnableDefaultExceptionHandler = false });
        }
        catch (Exception ex) when (CliFailures.Describe(ex) is { } message)
        {
            context.Error.WriteLine(message);
            return ExitCodes.InvalidData;
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            // A bug: the same report System.CommandLine's own handler gives, so it can be filed with its stack trace.
            context.Error.WriteLine($"Unhandled exception: {ex}");
            return ExitCodes.InvalidData;
        }
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
}
