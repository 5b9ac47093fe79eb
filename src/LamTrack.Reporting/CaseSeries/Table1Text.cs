namespace LamTrack.Reporting.CaseSeries;

/// <summary>Table 1 as plain text, for a terminal or a web page: a column per case, a row per characteristic.</summary>
/// <param name="Title">The table's title.</param>
/// <param name="Columns">The cases' column headings ("Case 1", …), without the characteristic's column.</param>
/// <param name="Rows">One row per characteristic, its cells in the order of <see cref="Columns"/>.</param>
/// <param name="Footnotes">The footnotes the cells' marks point to.</param>
public sealed record Table1Text(string Title, IReadOnlyList<string> Columns, IReadOnlyList<Table1TextRow> Rows, IReadOnlyList<Table1TextFootnote> Footnotes);
