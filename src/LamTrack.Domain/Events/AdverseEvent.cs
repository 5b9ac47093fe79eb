using LamTrack.Domain.Dates;
using LamTrack.Domain.Provenance;

namespace LamTrack.Domain.Events;

/// <summary>An adverse event, with its onset (<see cref="ClinicalEvent.Date"/>), course and attribution.</summary>
public sealed record AdverseEvent(string Id, ClinicalDate Date, SourceReference Source, AdverseEventCategory Category, string Term)
    : ClinicalEvent(Id, Date, Source)
{
    /// <summary>Whether the source attributes it to sirolimus.</summary>
    public bool AttributedToSirolimus { get; init; }

    /// <summary>When it resolved, when known.</summary>
    public ClinicalDate? Resolution { get; init; }

    /// <summary>What was done ("dose reduced to 1 mg/day").</summary>
    public string? Action { get; init; }

    /// <summary>Severity in the source's words ("mild").</summary>
    public string? Severity { get; init; }
}
