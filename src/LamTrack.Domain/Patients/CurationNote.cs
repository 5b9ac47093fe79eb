using LamTrack.Domain.Provenance;

namespace LamTrack.Domain.Patients;

/// <summary>A curator's note about the record: a source conflict, an inference, an approximation.</summary>
/// <param name="Topic">What the note is about ("Table 1 vs narrative: six-minute walk").</param>
/// <param name="Text">The note.</param>
/// <param name="Source">The places in the source the note concerns.</param>
public sealed record CurationNote(string Topic, string Text, SourceReference Source)
{
    /// <summary>The events the note concerns.</summary>
    public IReadOnlyList<string> EventIds { get; init; } = [];
}
