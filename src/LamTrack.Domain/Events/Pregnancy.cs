using LamTrack.Domain.Dates;
using LamTrack.Domain.Provenance;
using LamTrack.Measures.Quantities;

namespace LamTrack.Domain.Events;

/// <summary>A pregnancy, from its start (<see cref="ClinicalEvent.Date"/>, the first day of the last menstrual period when known) to its end.</summary>
public sealed record Pregnancy(string Id, ClinicalDate Date, SourceReference Source)
    : ClinicalEvent(Id, Date, Source)
{
    /// <summary>When it ended (delivery or loss), when known.</summary>
    public ClinicalDate? End { get; init; }

    /// <summary>The outcome as stated ("live birth").</summary>
    public string? Outcome { get; init; }

    /// <summary>How the baby was delivered ("caesarean section").</summary>
    public string? DeliveryMode { get; init; }

    /// <summary>The gestational age at the end.</summary>
    public GestationalAge? GestationalAgeAtEnd { get; init; }

    /// <summary>The baby's birth weight.</summary>
    public BodyMass? BirthWeight { get; init; }

    /// <summary>Whether the pregnancy is ongoing on <paramref name="day"/> (start ≤ day &lt; end, on midpoints).</summary>
    public bool IsOngoingOn(NodaTime.LocalDate day) => Date.Midpoint <= day && (End is null || day < End.Midpoint);
}
