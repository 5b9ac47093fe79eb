using System.CommandLine;
using LamTrack.Cli.Commands.Storage;
using LamTrack.PatientFiles;
using Spectre.Console;

namespace LamTrack.Cli.Infrastructure;

/// <summary>The shared <c>--data</c> option and the loading of patients for every command that reads them.</summary>
/// <remarks>Without <c>--data</c> the bundled case series (five published cases) is used.</remarks>
public static class PatientSource
{
    /// <summary>The folder of the bundled case series, next to the executable.</summary>
    public static string BundledCaseSeries => Path.Combine(AppContext.BaseDirectory, "data", "case-series");

    /// <summary>Creates the <c>--data PATH</c> option.</summary>
    public static Option<string?> CreateDataOption() => new("--data")
    {
        Description = "Patient file (.json), JSON Lines file (.jsonl) or folder; default: the bundled case series",
    };

    /// <summary>Creates the <c>--db CONNECTION</c> option: read patients from a database instead of files.</summary>
    public static Option<string?> CreateDbOption() => new("--db") { Description = DatabaseLocator.OptionDescription };

    /// <summary>Loads patients from the database <paramref name="db"/> when given, else from <paramref name="path"/> (or the bundled series).</summary>
    /// <remarks>Giving both is an error reported as an issue: the two sources are alternatives, never merged.</remarks>
    public static PatientLoadResult Load(string? path, string? db, CliContext context)
    {
        if (db is null)
        {
            return Load(path, context);
        }

        if (path is not null)
        {
            var issue = new PatientFileIssue(PatientFileIssueCodes.Unreadable, path, null, null, null, "--data", "give either --data or --db, not both");
            return new PatientLoadResult([], [issue], [path]);
        }

        return DatabasePatients.Load(db, context);
    }

    /// <summary>Loads patients from <paramref name="path"/> (or the bundled series), with a progress bar for large files.</summary>
    public static PatientLoadResult Load(string? path, CliContext context)
    {
        string source = path ?? BundledCaseSeries;
        bool large = File.Exists(source) && new FileInfo(source).Length > 5_000_000;
        if (!large)
        {
            return PatientFileLoader.Load(source);
        }

        PatientLoadResult? result = null;
        // The bar goes to standard error, so that JSON written to standard output stays parseable.
        IAnsiConsole errorConsole = AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(context.Error) });
        errorConsole.Progress().Start(ctx =>
        {
            ProgressTask task = ctx.AddTask("Loading patients", maxValue: CountLines(source));
            result = PatientFileLoader.Load(source, new Progress<int>(n => task.Value = n));
            task.Value = task.MaxValue;
        });
        return result!;
    }

    /// <summary>Prints every issue, one per line, to standard error.</summary>
    public static void PrintIssues(PatientLoadResult result, CliContext context)
    {
        foreach (PatientFileIssue issue in result.Issues)
        {
            context.Error.WriteLine(issue.ToString());
        }
    }

    private static long CountLines(string file)
    {
        long count = 0;
        foreach (string _ in File.ReadLines(file))
        {
            count++;
        }

        return count;
    }
}
