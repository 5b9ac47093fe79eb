using System.CommandLine;
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
        (AnalysisSettings? settings, string? error) = binder.Bind(parsed);
        if (settings is null)
        {
            context.Error.WriteLine($"usage: {error}");
            return ExitCodes.Usage;
        }

        var reporter = context.Services.GetRequiredService<CohortAnalysisReporter>();
        var source = new PatientSourceRequest(inputs.Data, inputs.Db);
        CohortAnalysisReport report = await PatientSource.WithProgressAsync(source, context,
            (opened, progress) => reporter.AnalyzeAsync(opened, settings, inputs.SkipInvalid, progress, cancellationToken), cancellationToken).ConfigureAwait(false);
        if (!report.Succeeded)
        {
            PatientSource.PrintIssues(report.Issues, context);
            context.Error.WriteLine($"{report.Issues.Count} problem(s) in {report.InvalidRecords.Count} record(s); {report.Refusal}. Nothing was written.");
            return ExitCodes.InvalidData;
        }

        string dataSource = inputs.Data ?? (inputs.Db is null ? "bundled case series" : "database");
        IReadOnlyList<string> written = report.WriteTo(inputs.Output.FullName, context.Clock.GetCurrentInstant(), dataSource);
        Summarise(context, report, written);
        return ExitCodes.Ok;
    }

    private static void Summarise(CliContext context, CohortAnalysisReport report, IReadOnlyList<string> written)
    {
        IAnsiConsole console = context.Console;
        if (report.InvalidRecords.Count > 0)
        {
            PatientSource.PrintIssues(report.Issues, context);
            console.MarkupLine($"[yellow]Skipped {report.InvalidRecords.Count} invalid record(s); they are listed in analysis.json and analysis.md.[/]");
        }

        foreach (string line in report.SummaryLines())
        {
            console.MarkupLine(Markup.Escape(line));
        }

        foreach (string path in written)
        {
            console.MarkupLine($"Wrote {Markup.Escape(path)}");
        }
    }

    private sealed record Inputs(DirectoryInfo Output, string? Data, string? Db, bool SkipInvalid);
}
