using LamTrack.Domain.Dates;
using LamTrack.Domain.Provenance;
using LamTrack.Measures.Quantities;

namespace LamTrack.Domain.Events;

/// <summary>A change of the sirolimus daily dose within a course.</summary>
/// <param name="Id">Identifier, unique within the patient.</param>
/// <param name="Date">When the new dose began.</param>
/// <param name="Source">Where the record comes from.</param>
/// <param name="NewDose">The daily dose from <paramref name="Date"/> on, in mg/day.</param>
public sealed record DoseChange(string Id, ClinicalDate Date, SourceReference Source, DailyDose NewDose)
    : ClinicalEvent(Id, Date, Source)
{
    /// <summary>Why the dose changed ("ankle and finger pain, level &gt; 15 ng/mL").</summary>
    public string? Reason { get; init; }
}
