namespace LamTrack.Domain.Provenance;

/// <summary>Where a recorded value comes from: the document, the place in it, and whether it was stated or inferred.</summary>
/// <param name="Document">The source document's identifier, for example <c>zhou-2018-ojrd</c> or a clinic's chart.</param>
/// <param name="Locator">The place in the document, for example "Case 3 narrative" or "Table 1".</param>
/// <param name="Basis">Stated by the source or inferred from it.</param>
public sealed record SourceReference(string Document, string Locator, ProvenanceBasis Basis)
{
    /// <summary>The source's words, quoted, when they help a reader check the value.</summary>
    public string? Quote { get; init; }

    /// <summary>How an inferred value was derived, or any other remark on the source.</summary>
    public string? Note { get; init; }

    /// <summary>Whether the locator names the given place (case-insensitive), e.g. "Table 1".</summary>
    public bool Cites(string locator) => Locator.Contains(locator, StringComparison.OrdinalIgnoreCase);
}
