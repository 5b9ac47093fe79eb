using System.CommandLine;
using LamTrack.Application.Records;
using LamTrack.Application.Reports;
using LamTrack.Cli.Infrastructure;
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
        if (!report.HasTable)
        {
            PatientSource.PrintIssues(report.Issues, context);
            context.Error.WriteLine($"report not written: {report.Refusal}");
            return ExitCodes.InvalidData;
        }

        IReadOnlyList<string> written = CaseSeriesReportFiles.Write(report, output);
        PrintTable(CaseSeriesReportFiles.Text(report), context);
        context.Console.MarkupLineInterpolated($"[green]{written.Count} files written to {output}[/]");
        return ExitCodes.Ok;
    }

    private static void PrintTable(Table1Text table, CliContext context)
    {
        var grid = new Table().Title(table.Title).AddColumn("Characteristics");
        foreach (string column in table.Columns)
        {
            grid.AddColumn(Markup.Escape(column));
        }

        foreach (Table1TextRow row in table.Rows)
        {
            grid.AddRow([Markup.Escape(row.Characteristic), .. row.Cells.Select(c => Markup.Escape(c.Text + string.Concat(c.Marks.Select(m => $" ({m})"))))]);
        }

        context.Console.Write(grid);
        foreach (Table1TextFootnote note in table.Footnotes)
        {
            context.Console.MarkupLineInterpolated($"({note.Mark}) {note.Column}: {note.Text}");
        }
    }
}
