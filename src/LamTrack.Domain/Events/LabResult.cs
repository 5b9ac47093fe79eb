using LamTrack.Domain.Dates;
using LamTrack.Domain.Provenance;
using LamTrack.Measures.Units;

namespace LamTrack.Domain.Events;

/// <summary>A laboratory result (VEGF-D, arterial blood gas) with its value as recorded.</summary>
public sealed record LabResult(string Id, ClinicalDate Date, SourceReference Source, LabAnalyte Analyte, Measurement Value)
    : ClinicalEvent(Id, Date, Source)
{
    /// <summary>The specimen ("serum", "arterial blood").</summary>
    public string? Specimen { get; init; }
}
