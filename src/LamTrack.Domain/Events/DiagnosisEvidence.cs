using LamTrack.Domain.Dates;
using LamTrack.Domain.Provenance;
using LamTrack.Measures.Quantities;

namespace LamTrack.Domain.Events;

/// <summary>A piece of diagnostic evidence: HRCT, histopathology with markers, TSC status, angiomyolipoma, masses, or the diagnosis itself.</summary>
public sealed record DiagnosisEvidence(string Id, ClinicalDate Date, SourceReference Source, EvidenceKind Kind, string Finding)
    : ClinicalEvent(Id, Date, Source)
{
    /// <summary>The specimen for histopathology ("renal mass", "lung tissue").</summary>
    public string? Specimen { get; init; }

    /// <summary>Immunohistochemistry markers.</summary>
    public IReadOnlyList<ImmunoMarker> Markers { get; init; } = [];

    /// <summary>The largest diameter of a lesion, when stated.</summary>
    public Length? LargestDiameter { get; init; }

    /// <summary>Whether the finding supports LAM (false for a negative test such as "TSC gene mutation not seen"); null when not applicable.</summary>
    public bool? SupportsLam { get; init; }
}
