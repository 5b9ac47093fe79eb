using LamTrack.Domain.Dates;
using LamTrack.Domain.Provenance;

namespace LamTrack.Domain.Events;

/// <summary>One sirolimus whole-blood trough level, drawn on <see cref="ClinicalEvent.Date"/>.</summary>
public sealed record TroughLevel(string Id, ClinicalDate Date, SourceReference Source, TroughResult Result)
    : ClinicalEvent(Id, Date, Source)
{
    /// <summary>The assay method when known (LC-MS/MS, HPLC-UV, immunoassay); chromatography reads about 20 % lower than immunoassay.</summary>
    public string? Assay { get; init; }
}
