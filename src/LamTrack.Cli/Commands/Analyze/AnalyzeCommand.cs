using System.CommandLine;
using LamTrack.Analytics.Cohort;
using LamTrack.Application.Analysis;
using LamTrack.Application.Records;
using LamTrack.Cli.Infrastructure;
using LamTrack.Reporting.Analysis;
using Microsoft.Extensions.DependencyInjection;
using Spectre.Console;

namespace LamTrack.Cli.Commands.Analyze;

/// <summary><c>lamtrack analyze --out DIR [--data PATH | --db CONNECTION]</c>: recurrence before, on and after sirolimus, with analysis.json, analysis.md and km.png/km.svg.</summary>
public static class AnalyzeCommand
{
    /// <summary>Creates the command.</summary>
    public static Command Create(CliContext context)
    {
        var output = new Option<DirectoryInfo>("--out") { Description = "Folder for analysis.json, analysis.md, km.png and km.svg (created if needed).", Required = true };
        Option<string?> data = PatientSource.CreateDataOption();
        Option<string?> db = PatientSource.CreateDbOption();
        var skipInvalid = new Option<bool>("--skip-invalid") { Description = "Analyse the valid patients and list the invalid ones in the output, instead of failing." };
        var binder = new AnalyzeOptionsBinder();
        binder.Configure();
        var command = new Command("analyze", "Pneumothorax before, on and after sirolimus: exact rates, rate ratio, trough bands, Kaplan–Meier, FEV1 slopes.")
        {
            output, data, db, skipInvalid,
        };
        foreach (Option option in binder.All)
        {
            command.Options.Add(option);
        }

        command.SetAction((parsed, cancellationToken) => RunAsync(context, parsed, new Inputs(parsed.GetRequiredValue(output), parsed.GetValue(data), parsed.GetValue(db), parsed.GetValue(skipInvalid)), binder, cancellationToken));
        return command;
    }

    private static async Task<int> RunAsync(CliContext context, ParseResult parsed, Inputs inputs, AnalyzeOptionsBinder binder, CancellationToken cancellationToken)
    {
        (AnalysisOptions? options, string? error) = binder.Bind(parsed);
        if (options is null)
        {
            context.Error.WriteLine($"usage: {error}");
            return ExitCodes.Usage;
        }

        // Each patient's outputs are rendered as she is analysed; only her report is kept.
        var renderer = new PatientReportRenderer();
        var service = context.Services.GetRequiredService<CohortAnalysisService>();
        var source = new PatientSourceRequest(inputs.Data, inputs.Db);
        CohortAnalysisResult<PatientReport> loaded = await PatientSource.WithProgressAsync(source, context,
            (opened, progress) => service.AnalyzeAsync(new CohortAnalysisRequest(opened, options, inputs.SkipInvalid), renderer.Render, report => report.Totals, progress, cancellationToken), cancellationToken).ConfigureAwait(false);
        if (loaded.Analysis is not CohortAnalysis analysis)
        {
            PatientSource.PrintIssues(loaded.Issues, context);
            context.Error.WriteLine($"{loaded.Issues.Count} problem(s) in {loaded.InvalidRecords.Count} record(s); {loaded.Refusal}. Nothing was written.");
            return ExitCodes.InvalidData;
        }

        var info = new AnalysisReportInfo(context.Clock.GetCurrentInstant(), inputs.Data ?? (inputs.Db is null ? "bundled case series" : "database"), loaded.InvalidRecords);
        IReadOnlyList<string> written = WriteOutputs(analysis, loaded.Patients, info, inputs.Output.FullName);
        Summarise(context, analysis, loaded, written);
        return ExitCodes.Ok;
    }

    private static IReadOnlyList<string> WriteOutputs(CohortAnalysis analysis, IReadOnlyList<PatientReport> patients, AnalysisReportInfo info, string directory) =>
        new OutputDirectory()
            .File("analysis.json", path =>
            {
                using FileStream json = File.Create(path);
                AnalysisJsonWriter.Write(analysis, patients, info, json);
            })
            .File("analysis.md", path =>
            {
                using var md = new StreamWriter(path);
                AnalysisMarkdownWriter.Write(analysis, patients, info, md);
            })
            .File("km.png", path => KaplanMeierPlot.Build(analysis).SavePng(path, KaplanMeierPlot.Width, KaplanMeierPlot.Height))
            .File("km.svg", path => KaplanMeierPlot.Build(analysis).SaveSvg(path, KaplanMeierPlot.Width, KaplanMeierPlot.Height))
            .WriteTo(directory);

    private static void Summarise(CliContext context, CohortAnalysis analysis, CohortAnalysisResult<PatientReport> loaded, IReadOnlyList<string> written)
    {
        IAnsiConsole console = context.Console;
        if (loaded.InvalidRecords.Count > 0)
        {
            PatientSource.PrintIssues(loaded.Issues, context);
            console.MarkupLine($"[yellow]Skipped {loaded.InvalidRecords.Count} invalid record(s); they are listed in analysis.json and analysis.md.[/]");
        }

        console.MarkupLine(Markup.Escape($"Analysed {analysis.PatientCount} patient(s). Options: {analysis.Options}"));
        foreach (var kind in Analytics.Exposure.ByExposure<int>.Kinds)
        {
            PooledRate r = analysis.Pooled[kind];
            console.MarkupLine(Markup.Escape($"  {ReportFormat.Exposure(kind),-12} {r.Episodes,7} episodes {ReportFormat.Number(r.PersonYears),10} person-years  rate {ReportFormat.Number(r.Rate?.PerPersonYear)} ({ReportFormat.Interval(r.Rate?.Interval)})"));
        }

        if (analysis.RateRatioOnVsBefore is { } ratio)
        {
            console.MarkupLine(Markup.Escape($"  rate ratio on vs before: {ReportFormat.Number(ratio.Estimate)} ({ReportFormat.Interval(ratio.Interval)})"));
        }

        foreach (string path in written)
        {
            console.MarkupLine($"Wrote {Markup.Escape(path)}");
        }
    }

    private sealed record Inputs(DirectoryInfo Output, string? Data, string? Db, bool SkipInvalid);
}
