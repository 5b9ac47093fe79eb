using System.Net;
using System.Text;
using LamTrack.Analytics.CaseSeries;

namespace LamTrack.Reporting.CaseSeries;

/// <summary>Renders a computed <see cref="Table1"/> as Markdown, CSV (characteristics as rows, cases as columns) or HTML.</summary>
public static class Table1Renderer
{
    private const string Title = "Table 1 Clinical data for patients with lymphangioleiomyomatosis (LAM) and recurrent pneumothorax treated with sirolimus (computed from events)";

    /// <summary>A Markdown table with footnotes below it.</summary>
    public static string ToMarkdown(Table1 table)
    {
        ArgumentNullException.ThrowIfNull(table);
        var sb = new StringBuilder();
        sb.AppendLine($"# {Title}").AppendLine();
        sb.AppendLine($"| Characteristics | {string.Join(" | ", table.Columns)} |");
        sb.AppendLine($"|---|{string.Concat(table.Columns.Select(_ => "---|"))}");
        foreach (Table1Row row in table.Rows)
        {
            sb.AppendLine($"| {row.Characteristic} | {string.Join(" | ", row.Cells.Select(c => c.Text + Marks(c, m => $"<sup>{m}</sup>")))} |");
        }

        sb.AppendLine();
        foreach (Table1Footnote note in table.Footnotes)
        {
            sb.AppendLine($"- <sup>{note.Mark}</sup> {note.Column}: {note.Text}");
        }

        sb.AppendLine().AppendLine("VEGF-D vascular endothelial growth factor-D, PTX pneumothorax, 6MWT 6-min walk test. Every cell is computed from the patients' event records.");
        return sb.ToString();
    }

    /// <summary>CSV with characteristics as rows and cases as columns; footnote marks in brackets, footnotes as trailing rows.</summary>
    public static string ToCsv(Table1 table)
    {
        ArgumentNullException.ThrowIfNull(table);
        var sb = new StringBuilder();
        sb.AppendLine(string.Join(",", table.Columns.Prepend("Characteristics").Select(Csv)));
        foreach (Table1Row row in table.Rows)
        {
            sb.AppendLine(string.Join(",", new[] { row.Characteristic }.Concat(row.Cells.Select(c => c.Text + Marks(c, m => $"[{m}]"))).Select(Csv)));
        }

        foreach (Table1Footnote note in table.Footnotes)
        {
            sb.AppendLine(string.Join(",", new[] { $"[{note.Mark}]", $"{note.Column}: {note.Text}" }.Select(Csv)));
        }

        return sb.ToString();
    }

    /// <summary>A self-contained HTML page.</summary>
    public static string ToHtml(Table1 table)
    {
        ArgumentNullException.ThrowIfNull(table);
        var sb = new StringBuilder();
        sb.AppendLine("<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>Table 1</title>");
        sb.AppendLine("<style>body{font-family:sans-serif}table{border-collapse:collapse}th,td{border:1px solid #999;padding:4px 8px;text-align:center}th:first-child,td:first-child{text-align:left}</style></head><body>");
        sb.AppendLine($"<h1>{WebUtility.HtmlEncode(Title)}</h1><table><thead><tr><th>Characteristics</th>");
        sb.AppendLine(string.Concat(table.Columns.Select(c => $"<th>{WebUtility.HtmlEncode(c)}</th>")) + "</tr></thead><tbody>");
        foreach (Table1Row row in table.Rows)
        {
            string cells = string.Concat(row.Cells.Select(c => $"<td>{WebUtility.HtmlEncode(c.Text)}{Marks(c, m => $"<sup>{m}</sup>")}</td>"));
            sb.AppendLine($"<tr><th scope=\"row\">{WebUtility.HtmlEncode(row.Characteristic)}</th>{cells}</tr>");
        }

        sb.AppendLine("</tbody></table><ol type=\"a\">");
        foreach (Table1Footnote note in table.Footnotes)
        {
            sb.AppendLine($"<li>{WebUtility.HtmlEncode(note.Column)}: {WebUtility.HtmlEncode(note.Text)}</li>");
        }

        sb.AppendLine("</ol></body></html>");
        return sb.ToString();
    }

    private static string Marks(Table1Cell cell, Func<string, string> format) => string.Concat(cell.FootnoteMarks.Select(format));

    private static string Csv(string value) =>
        value.IndexOfAny([',', '"', '\n']) >= 0 ? "\"" + value.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : value;
}
