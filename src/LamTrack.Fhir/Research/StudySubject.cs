using NodaTime;

namespace LamTrack.Fhir.Research;

/// <summary>One patient's de-identification key for one export: a random study id and a date shift applied to every
/// date of that patient, so intervals between the patient's events are kept exactly.</summary>
/// <param name="StudyId">The random study id that replaces the patient id.</param>
/// <param name="DateShift">Days added to every date of this patient (never zero).</param>
public sealed record StudySubject(string StudyId, Period DateShift)
{
    /// <summary>Shifts a date of this patient.</summary>
    public LocalDate Shift(LocalDate date) => date.Plus(DateShift);
}
