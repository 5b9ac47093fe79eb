namespace LamTrack.Reporting.CaseSeries;

/// <summary>One characteristic of <see cref="Table1Text"/>.</summary>
/// <param name="Characteristic">The row's heading, as the paper's Table 1 words it.</param>
/// <param name="Cells">Per case, the value and the marks of the footnotes that qualify it.</param>
public sealed record Table1TextRow(string Characteristic, IReadOnlyList<(string Text, IReadOnlyList<string> Marks)> Cells);
