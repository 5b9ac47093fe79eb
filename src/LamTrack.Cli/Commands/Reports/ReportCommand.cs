using System.CommandLine;
using LamTrack.Analytics.CaseSeries;
using LamTrack.Application.Records;
using LamTrack.Application.Reports;
using LamTrack.Cli.Infrastructure;
using LamTrack.Domain.Patients;
using LamTrack.Reporting.CaseSeries;
using Microsoft.Extensions.DependencyInjection;
using Spectre.Console;

namespace LamTrack.Cli.Commands.Reports;

/// <summary><c>lamtrack report --out DIR [--data PATH | --db CONNECTION]</c>: Table 1 (Markdown, CSV, HTML), Figure 1 (PNG, SVG) and the data-quality report.</summary>
public static class ReportCommand
{
    /// <summary>Creates the command.</summary>
    public static Command Create(CliContext context)
    {
        var output = new Option<string>("--out") { Description = "Folder to write the report into", Required = true };
        Option<string?> data = PatientSource.CreateDataOption();
        Option<string?> db = PatientSource.CreateDbOption();
        var command = new Command("report", "Compute Table 1, Figure 1 and the data-quality report from patient events") { output, data, db };
        command.SetAction((parse, cancellationToken) => RunAsync(parse.GetValue(output)!, new PatientSourceRequest(parse.GetValue(data), parse.GetValue(db)), context, cancellationToken));
        return command;
    }

    private static async Task<int> RunAsync(string output, PatientSourceRequest source, CliContext context, CancellationToken cancellationToken)
    {
        var service = context.Services.GetRequiredService<CaseSeriesReportService>();
        CaseSeriesReport report = await PatientSource.WithProgressAsync(source, context, (opened, progress) => service.BuildAsync(new CaseSeriesReportRequest(opened), progress, cancellationToken), cancellationToken).ConfigureAwait(false);
        if (report.Table is not Table1 table)
        {
            PatientSource.PrintIssues(report.Issues, context);
            context.Error.WriteLine($"report not written: {report.Refusal}");
            return ExitCodes.InvalidData;
        }

        IReadOnlyList<Patient> patients = report.Patients;
        IReadOnlyList<string> written = new OutputDirectory()
            .Text("table1.md", Table1Renderer.ToMarkdown(table))
            .Text("table1.csv", Table1Renderer.ToCsv(table))
            .Text("table1.html", Table1Renderer.ToHtml(table))
            .File("figure1.png", path => Figure1Renderer.Build(patients).SavePng(path, Figure1Renderer.WidthPixels, FigureHeight(patients)))
            .File("figure1.svg", path => Figure1Renderer.Build(patients).SaveSvg(path, Figure1Renderer.WidthPixels, FigureHeight(patients)))
            .Text("data-quality.md", DataQualityReport.ToMarkdown(patients, table))
            .WriteTo(output);
        PrintTable(table, context);
        context.Console.MarkupLineInterpolated($"[green]{written.Count} files written to {output}[/]");
        return ExitCodes.Ok;
    }

    private static int FigureHeight(IReadOnlyList<Patient> patients) => 260 + (Figure1Renderer.HeightPerLanePixels * patients.Count);

    private static void PrintTable(Table1 table, CliContext context)
    {
        var grid = new Table().Title("Table 1 (computed from events)").AddColumn("Characteristics");
        foreach (string column in table.Columns)
        {
            grid.AddColumn(column);
        }

        foreach (Table1Row row in table.Rows)
        {
            grid.AddRow([Markup.Escape(row.Characteristic), .. row.Cells.Select(c => Markup.Escape(c.Text + string.Concat(c.FootnoteMarks.Select(m => $" ({m})"))))]);
        }

        context.Console.Write(grid);
        foreach (Table1Footnote note in table.Footnotes)
        {
            context.Console.MarkupLineInterpolated($"({note.Mark}) {note.Column}: {note.Text}");
        }
    }
}
