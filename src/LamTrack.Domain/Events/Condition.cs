using LamTrack.Domain.Dates;
using LamTrack.Domain.Provenance;

namespace LamTrack.Domain.Events;

/// <summary>A condition other than LAM itself that the record needs (tuberculosis, type I respiratory failure), from onset to resolution.</summary>
public sealed record Condition(string Id, ClinicalDate Date, SourceReference Source, string Name)
    : ClinicalEvent(Id, Date, Source)
{
    /// <summary>When it resolved, when known.</summary>
    public ClinicalDate? Resolution { get; init; }
}
