namespace LamTrack.Analytics.CaseSeries;

/// <summary>A Table 1 value before footnote marks are assigned.</summary>
internal sealed record CellDraft(string Text, IReadOnlyList<string> EventIds)
{
    public static CellDraft Unknown { get; } = new("—", []);

    /// <summary>A qualifier printed as a footnote ("Only examined once").</summary>
    public string? Qualifier { get; init; }

    /// <summary>A source conflict printed as a footnote.</summary>
    public string? Conflict { get; init; }
}
