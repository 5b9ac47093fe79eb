namespace LamTrack.Reporting.CaseSeries;

/// <summary>Table 1 as plain text cells, for a terminal: footnote marks follow a cell's text in parentheses.</summary>
/// <param name="Title">The table's title.</param>
/// <param name="Columns">Column headings, the characteristic's column first.</param>
/// <param name="Rows">One row of cells per characteristic, in the order of <see cref="Columns"/>.</param>
/// <param name="Footnotes">Each footnote as <c>(mark) column: text</c>.</param>
public sealed record Table1Text(string Title, IReadOnlyList<string> Columns, IReadOnlyList<IReadOnlyList<string>> Rows, IReadOnlyList<string> Footnotes);
