namespace LamTrack.Analytics.CaseSeries;

/// <summary>One characteristic of Table 1 and its value for each patient.</summary>
/// <param name="Characteristic">The row label with its unit, as the paper prints it.</param>
/// <param name="Cells">One cell per column.</param>
public sealed record Table1Row(string Characteristic, IReadOnlyList<Table1Cell> Cells);
