namespace LamTrack.Analytics.CaseSeries;

/// <summary>The case series' characteristics table (the paper's Table 1), computed from each patient's events.</summary>
/// <param name="Columns">One column per patient: its label.</param>
/// <param name="Rows">The characteristics, in the paper's order.</param>
/// <param name="Footnotes">Footnotes referenced by cells, in mark order.</param>
public sealed record Table1(IReadOnlyList<string> Columns, IReadOnlyList<Table1Row> Rows, IReadOnlyList<Table1Footnote> Footnotes)
{
    /// <summary>The cell of a row (by characteristic) and a column (by label).</summary>
    public Table1Cell Cell(string characteristic, string column) =>
        Rows.Single(r => r.Characteristic == characteristic).Cells[Columns.ToList().IndexOf(column)];
}
