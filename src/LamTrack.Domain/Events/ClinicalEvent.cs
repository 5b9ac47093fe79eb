using LamTrack.Domain.Dates;
using LamTrack.Domain.Provenance;

namespace LamTrack.Domain.Events;

/// <summary>Something that happened to a patient on a date, with the source that says so.</summary>
/// <remarks>Every event has an identifier unique within its patient, a <see cref="ClinicalDate"/> that keeps the source's precision, and a <see cref="SourceReference"/>.</remarks>
/// <param name="Id">Identifier, unique within the patient.</param>
/// <param name="Date">When it happened (for a period: when it began).</param>
/// <param name="Source">Where the record comes from.</param>
public abstract record ClinicalEvent(string Id, ClinicalDate Date, SourceReference Source)
{
    /// <summary>A free-text remark from the source or the curator.</summary>
    public string? Note { get; init; }
}
