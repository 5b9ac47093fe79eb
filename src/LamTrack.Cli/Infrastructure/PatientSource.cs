using LamTrack.Application.Progress;
using System.CommandLine;
using LamTrack.Application.Records;
using LamTrack.Cli.Commands.Storage;
using LamTrack.Domain.Patients;
using LamTrack.Hosting.Storage;
using LamTrack.PatientFiles;
using Microsoft.Extensions.DependencyInjection;
using Spectre.Console;

namespace LamTrack.Cli.Infrastructure;

/// <summary>The shared <c>--data</c> and <c>--db</c> options, and the loading of patients (through
/// <see cref="PatientSourceService"/>) with a progress bar for large sources.</summary>
/// <remarks>Without <c>--data</c> the bundled case series (five published cases) is used.</remarks>
public static class PatientSource
{
    // A store this large gets a progress bar while it is read.
    private const int StoreProgressThreshold = 10_000;

    /// <summary>The folder of the bundled case series, next to the executable.</summary>
    public static string BundledCaseSeries => PatientSourceService.BundledCaseSeries;

    /// <summary>Creates the <c>--data PATH</c> option.</summary>
    public static Option<string?> CreateDataOption() => new("--data")
    {
        Description = "Patient file (.json), JSON Lines file (.jsonl) or folder; default: the bundled case series",
    };

    /// <summary>Creates the <c>--db CONNECTION</c> option: read patients from a database instead of files.</summary>
    public static Option<string?> CreateDbOption() => new("--db") { Description = DatabaseLocator.OptionDescription };

    /// <summary>Loads patients from the database <paramref name="db"/> when given, else from <paramref name="path"/> (or the bundled series).</summary>
    /// <remarks>Giving both is an error reported as an issue: the two sources are alternatives, never merged.</remarks>
    public static async Task<PatientLoadResult> LoadAsync(string? path, string? db, CliContext context, CancellationToken cancellationToken) =>
        PatientLoadResult.From(await LoadAsync(path, db, patient => patient, context, cancellationToken).ConfigureAwait(false));

    /// <summary>Loads patients like <see cref="LoadAsync(string?, string?, CliContext, CancellationToken)"/>, projecting each valid patient as it is read.</summary>
    public static Task<ProjectedLoadResult<T>> LoadAsync<T>(string? path, string? db, Func<Patient, T> project, CliContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        var service = context.Services.GetRequiredService<PatientSourceService>();
        var request = new PatientSourceRequest(path, db);
        return WithProgressAsync(request, context, (source, progress) => service.LoadAsync(source, project, progress, cancellationToken), cancellationToken);
    }

    /// <summary>Runs <paramref name="work"/>, which reads the patients <paramref name="source"/> names, under a
    /// "Loading patients" bar when the source is large (a file of <see cref="ProgressConsole.MinimumBytes"/> or more,
    /// a store of 10,000 patients or more).</summary>
    /// <remarks>A store is opened once, to count its patients; <paramref name="work"/> is given the request with that store
    /// (<see cref="PatientSourceRequest.OpenStore"/>) and reads it without opening it again.</remarks>
    public static async Task<TResult> WithProgressAsync<TResult>(PatientSourceRequest source, CliContext context, Func<PatientSourceRequest, IProgress<long>?, Task<TResult>> work, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(work);
        var service = context.Services.GetRequiredService<PatientSourceService>();
        PatientSourceSize size = await service.MeasureAsync(source, cancellationToken).ConfigureAwait(false);
        PatientSourceRequest opened = size.Store is null ? source : source with { OpenStore = size.Store };
        if (!ShowsProgress(size))
        {
            return await work(opened, null).ConfigureAwait(false);
        }

        // Files report bytes on standard error; a store reports patients on the console, as the loads always did.
        bool files = size.Kind == PatientSourceKind.Files;
        IAnsiConsole console = files ? ProgressConsole.For(context) : context.Console;
        return await console.Progress().StartAsync(async ctx =>
        {
            ProgressTask task = ctx.AddTask("Loading patients", maxValue: size.Size);
            IProgress<long> progress = files ? new Progress<long>(n => task.Value = n) : new SynchronousProgress<long>(n => task.Value = n);
            TResult result = await work(opened, progress).ConfigureAwait(false);
            if (files)
            {
                task.Value = task.MaxValue;
            }

            return result;
        }).ConfigureAwait(false);
    }

    /// <summary>Prints every issue, one per line, to standard error.</summary>
    public static void PrintIssues(PatientLoadResult result, CliContext context) => PrintIssues(result.Issues, context);

    /// <summary>Prints every issue, one per line, to standard error.</summary>
    public static void PrintIssues(IEnumerable<PatientFileIssue> issues, CliContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        foreach (PatientFileIssue issue in issues)
        {
            context.Error.WriteLine(issue.ToString());
        }
    }

    private static bool ShowsProgress(PatientSourceSize size) =>
        size.Kind == PatientSourceKind.Files ? size.Size >= ProgressConsole.MinimumBytes : size.Size >= StoreProgressThreshold;
}
