using LamTrack.Domain.Dates;
using LamTrack.Domain.Provenance;
using LamTrack.Measures.Quantities;

namespace LamTrack.Domain.Events;

/// <summary>A reported range of trough levels over a period, when the source gives no single results ("maintained at 4–5 ng/mL").</summary>
/// <remarks><see cref="ClinicalEvent.Date"/> is the period the summary covers (usually a window).</remarks>
public sealed record TroughSummary(string Id, ClinicalDate Date, SourceReference Source, MassConcentration Low, MassConcentration High)
    : ClinicalEvent(Id, Date, Source)
{
    /// <summary>How many measurements the range summarises, when stated (Table 1's "only examined once" is 1).</summary>
    public int? MeasurementCount { get; init; }
}
