using LamTrack.Analytics.CaseSeries;
using LamTrack.Application.Output;
using LamTrack.Application.Reports;
using LamTrack.Domain.Patients;
using LamTrack.Reporting.Figures;

namespace LamTrack.Reporting.CaseSeries;

/// <summary>The files of <c>lamtrack report</c>: Table 1 (Markdown, CSV, HTML), Figure 1 (PNG, SVG) and the
/// data-quality report, rendered from a <see cref="CaseSeriesReport"/>.</summary>
public static class CaseSeriesReportFiles
{
    /// <summary>Writes the report's files into <paramref name="folder"/> (created if needed, each file replaced whole).</summary>
    /// <returns>The paths written.</returns>
    /// <exception cref="InvalidOperationException">The report has no table (<see cref="CaseSeriesReport.HasTable"/> is false).</exception>
    public static IReadOnlyList<string> Write(CaseSeriesReport report, string folder)
    {
        Table1 table = TableOf(report);
        IReadOnlyList<Patient> patients = report.Patients;
        return new OutputDirectory()
            .Text("table1.md", Table1Renderer.ToMarkdown(table))
            .Text("table1.csv", Table1Renderer.ToCsv(table))
            .Text("table1.html", Table1Renderer.ToHtml(table))
            .File("figure1.png", path => FigureOutput.SavePng(() => Figure1Renderer.Build(patients), path, Figure1Renderer.WidthPixels, FigureHeight(patients)))
            .File("figure1.svg", path => FigureOutput.SaveSvg(() => Figure1Renderer.Build(patients), path, Figure1Renderer.WidthPixels, FigureHeight(patients)))
            .Text("data-quality.md", DataQualityReport.ToMarkdown(patients, table))
            .WriteTo(folder);
    }

    /// <summary>Table 1 as CSV (RFC 4180), characteristics as rows and cases as columns.</summary>
    /// <exception cref="InvalidOperationException">The report has no table.</exception>
    public static string Csv(CaseSeriesReport report) => Table1Renderer.ToCsv(TableOf(report));

    /// <summary>Table 1 as text: headings, cells with their footnote marks, footnotes.</summary>
    /// <exception cref="InvalidOperationException">The report has no table.</exception>
    public static Table1Text Text(CaseSeriesReport report)
    {
        Table1 table = TableOf(report);
        IReadOnlyList<Table1TextRow> rows =
            [.. table.Rows.Select(row => new Table1TextRow(row.Characteristic, [.. row.Cells.Select(c => (c.Text, (IReadOnlyList<string>)[.. c.FootnoteMarks]))]))];
        return new Table1Text("Table 1 (computed from events)", [.. table.Columns], rows,
            [.. table.Footnotes.Select(note => new Table1TextFootnote(note.Mark, note.Column, note.Text))]);
    }

    private static Table1 TableOf(CaseSeriesReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        return report.Table ?? throw new InvalidOperationException($"no Table 1 to render: {report.Refusal}");
    }

    private static int FigureHeight(IReadOnlyList<Patient> patients) => 260 + (Figure1Renderer.HeightPerLanePixels * patients.Count);
}
