namespace LamTrack.Domain.Provenance;

/// <summary>A document that patient data comes from: a publication or a clinic's chart.</summary>
/// <param name="Id">Short identifier used by <see cref="SourceReference.Document"/>.</param>
/// <param name="Citation">The full citation, for a reader to find it.</param>
public sealed record SourceDocument(string Id, string Citation)
{
    /// <summary>The DOI, when there is one.</summary>
    public string? Doi { get; init; }
}
