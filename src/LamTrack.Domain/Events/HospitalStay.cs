using LamTrack.Domain.Dates;
using LamTrack.Domain.Provenance;

namespace LamTrack.Domain.Events;

/// <summary>A hospital admission, from <see cref="ClinicalEvent.Date"/> to discharge.</summary>
public sealed record HospitalStay(string Id, ClinicalDate Date, SourceReference Source)
    : ClinicalEvent(Id, Date, Source)
{
    /// <summary>When the patient was discharged, when known.</summary>
    public ClinicalDate? Discharge { get; init; }

    /// <summary>A stated lower bound on the length of stay, in days ("over 30 days").</summary>
    public int? MinimumLengthOfStayDays { get; init; }

    /// <summary>Where ("our hospital", "a local hospital").</summary>
    public string? Facility { get; init; }

    /// <summary>Why the patient was admitted.</summary>
    public string? Reason { get; init; }
}
