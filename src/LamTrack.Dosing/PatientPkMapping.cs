using LamTrack.Pharmacokinetics.Engine;
using NodaTime;

namespace LamTrack.Dosing;

/// <summary>A patient's record translated into the engine's treatment, with the time origin and every assumption made.</summary>
/// <param name="PatientId">The patient.</param>
/// <param name="Reference">Time 0: 08:00 on the first day of the first sirolimus course (doses are taken at 08:00, troughs drawn just before).</param>
/// <param name="Treatment">Doses, covariates, troughs and co-medication periods in hours from <paramref name="Reference"/>.</param>
/// <param name="DecisionDate">The day the proposed regimen starts.</param>
/// <param name="CurrentDailyMilligrams">The daily dose in force the day before the decision, or null.</param>
/// <param name="Assumptions">Every assumption of the mapping (approximate dates, assumed agents, detection limits, skipped records).</param>
public sealed record PatientPkMapping(
    string PatientId, LocalDateTime Reference, PkTreatment Treatment, LocalDate DecisionDate, double? CurrentDailyMilligrams,
    IReadOnlyList<string> Assumptions)
{
    /// <summary>Hours from the reference to 08:00 on <paramref name="day"/>.</summary>
    public double HoursAt(LocalDate day) => HoursFrom(Reference, day);

    /// <summary>The calendar day <paramref name="hours"/> after the reference.</summary>
    public LocalDate DayAt(double hours) => Reference.Date.PlusDays((int)Math.Floor(hours / 24));

    internal static double HoursFrom(LocalDateTime reference, LocalDate day) => 24.0 * Period.DaysBetween(reference.Date, day);
}
