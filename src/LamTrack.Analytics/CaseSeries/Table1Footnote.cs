namespace LamTrack.Analytics.CaseSeries;

/// <summary>A footnote of Table 1: a source conflict, or a qualifier such as "only examined once".</summary>
/// <param name="Mark">The mark ("a", "b", ...).</param>
/// <param name="Text">The footnote.</param>
/// <param name="Column">The patient it concerns.</param>
/// <param name="IsConflict">Whether it reports a disagreement between sources.</param>
public sealed record Table1Footnote(string Mark, string Text, string Column, bool IsConflict);
