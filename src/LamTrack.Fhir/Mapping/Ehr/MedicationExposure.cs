using LamTrack.Domain.Dates;
using LamTrack.Domain.Provenance;
using LamTrack.Measures.Quantities;

namespace LamTrack.Fhir.Mapping.Ehr;

/// <summary>One EHR medication resource (order, statement, administration or dispense) of sirolimus or of an
/// interacting agent, before the exposures of a patient are joined into courses and periods.</summary>
/// <param name="Concept">The terminology concept: <c>drug:sirolimus</c> or <c>agent:name</c>.</param>
/// <param name="Therapy">The medication as the sender names it (text or display).</param>
/// <param name="EventId">The id its event gets (from the resource), so that a re-import recognises it.</param>
/// <param name="Start">The first day it covers.</param>
/// <param name="Source">Where it came from, down to the element.</param>
internal sealed record MedicationExposure(string Concept, string Therapy, string EventId, ClinicalDate Start, SourceReference Source)
{
    /// <summary>The last day it covers, when the sender gives one (validity period, effective period, days supply).</summary>
    public ClinicalDate? End { get; init; }

    /// <summary>Whether the sender says it was stopped or completed (status), so that the course ends with it.</summary>
    public bool Stopped { get; init; }

    /// <summary>The dose per day, when the dosage could be read.</summary>
    public DailyDose? Dose { get; init; }

    /// <summary>Whether it is a single administration (a course from administrations ends after a gap).</summary>
    public bool IsAdministration { get; init; }
}
