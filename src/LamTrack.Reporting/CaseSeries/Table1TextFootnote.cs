namespace LamTrack.Reporting.CaseSeries;

/// <summary>A footnote of <see cref="Table1Text"/>: why a value is qualified (sources differ, a range, an estimate).</summary>
/// <param name="Mark">The mark the cells carry ("a", "b", …).</param>
/// <param name="Column">The case it is about.</param>
/// <param name="Text">The note.</param>
public sealed record Table1TextFootnote(string Mark, string Column, string Text);
