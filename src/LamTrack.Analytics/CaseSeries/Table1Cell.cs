namespace LamTrack.Analytics.CaseSeries;

/// <summary>One value of Table 1 with the marks of the footnotes that qualify it.</summary>
/// <param name="Text">The value as printed ("6608", "Yes", "5–7", "—" when unknown).</param>
/// <param name="FootnoteMarks">Footnote marks ("a", "b") in order.</param>
/// <param name="EventIds">The events the value was computed from, for tracing.</param>
public sealed record Table1Cell(string Text, IReadOnlyList<string> FootnoteMarks, IReadOnlyList<string> EventIds)
{
    /// <summary>An unknown value.</summary>
    public static Table1Cell Unknown { get; } = new("—", [], []);
}
