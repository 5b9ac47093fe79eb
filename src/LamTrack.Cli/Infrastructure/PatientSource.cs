using System.CommandLine;
using LamTrack.Cli.Commands.Storage;
using LamTrack.Domain.Patients;
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
        => PatientLoadResult.From(Load(path, db, patient => patient, context));

    /// <summary>Loads patients like <see cref="Load(string?, string?, CliContext)"/>, projecting each valid patient as it is read.</summary>
    /// <remarks>From files, only the projections are kept, so a large cohort need not fit in memory as patients.</remarks>
    public static ProjectedLoadResult<T> Load<T>(string? path, string? db, Func<Patient, T> project, CliContext context)
    {
        if (db is null)
        {
            return Load(path, project, context);
        }

        if (path is not null)
        {
            var issue = new PatientFileIssue(PatientFileIssueCodes.Unreadable, path, null, null, null, "--data", "give either --data or --db, not both");
            return new ProjectedLoadResult<T>([], [issue], [path]);
        }

        PatientLoadResult stored = DatabasePatients.Load(db, context);
        return new ProjectedLoadResult<T>([.. stored.Patients.AsParallel().AsOrdered().Select(project)], stored.Issues, stored.InvalidRecords);
    }

    /// <summary>Loads patients from <paramref name="path"/> (or the bundled series), with a progress bar for large files.</summary>
    public static PatientLoadResult Load(string? path, CliContext context) => Load(path, null, context);

    private static ProjectedLoadResult<T> Load<T>(string? path, Func<Patient, T> project, CliContext context)
    {
        string source = path ?? BundledCaseSeries;
        bool large = File.Exists(source) && new FileInfo(source).Length >= ProgressConsole.MinimumBytes;
        if (!large)
        {
            return PatientFileLoader.Load(source, project);
        }

        ProjectedLoadResult<T>? result = null;
        ProgressConsole.For(context).Progress().Start(ctx =>
        {
            ProgressTask task = ctx.AddTask("Loading patients", maxValue: new FileInfo(source).Length);
            result = PatientFileLoader.Load(source, project, new Progress<long>(bytes => task.Value = bytes));
            task.Value = task.MaxValue;
        });
        return result!;
    }

    /// <summary>Prints every issue, one per line, to standard error.</summary>
    public static void PrintIssues(PatientLoadResult result, CliContext context) => PrintIssues(result.Issues, context);

    /// <summary>Prints every issue, one per line, to standard error.</summary>
    public static void PrintIssues(IEnumerable<PatientFileIssue> issues, CliContext context)
    {
        foreach (PatientFileIssue issue in issues)
        {
            context.Error.WriteLine(issue.ToString());
        }
    }
}
