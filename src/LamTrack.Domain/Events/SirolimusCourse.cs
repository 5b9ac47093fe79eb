using LamTrack.Domain.Dates;
using LamTrack.Domain.Provenance;
using LamTrack.Measures.Quantities;
using NodaTime;

namespace LamTrack.Domain.Events;

/// <summary>A course of sirolimus: its start (<see cref="ClinicalEvent.Date"/>), starting dose, dose changes and stop.</summary>
/// <remarks>
/// A course covers the half-open interval [start, stop) on the midpoints of its dates; an ongoing course has no stop.
/// A restart after a stop is a new course.
/// </remarks>
public sealed record SirolimusCourse(string Id, ClinicalDate Date, SourceReference Source)
    : ClinicalEvent(Id, Date, Source)
{
    /// <summary>The starting daily dose, when stated (case 2's is not).</summary>
    public DailyDose? StartingDose { get; init; }

    /// <summary>Dose changes in date order.</summary>
    public IReadOnlyList<DoseChange> DoseChanges { get; init; } = [];

    /// <summary>When the course stopped; null while it goes on.</summary>
    public ClinicalDate? Stop { get; init; }

    /// <summary>Why it stopped, as stated ("planning to conceive; stopped without medical advice").</summary>
    public string? StopReason { get; init; }

    /// <summary>The source of the stop, when it differs from the start's.</summary>
    public SourceReference? StopSource { get; init; }

    /// <summary>Whether the course is running on <paramref name="day"/>: start ≤ day &lt; stop, on midpoints.</summary>
    public bool IsActiveOn(LocalDate day) => Date.Midpoint <= day && (Stop is null || day < Stop.Midpoint);

    /// <summary>The daily dose in effect on <paramref name="day"/>, or null when the course is not running or the dose is not stated.</summary>
    public DailyDose? DoseOn(LocalDate day)
    {
        if (!IsActiveOn(day))
        {
            return null;
        }

        DailyDose? dose = StartingDose;
        foreach (DoseChange change in DoseChanges)
        {
            if (change.Date.Midpoint <= day)
            {
                dose = change.NewDose;
            }
        }

        return dose;
    }
}
