using System.CommandLine;
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
        context.Console.Progress().Start(ctx =>
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
