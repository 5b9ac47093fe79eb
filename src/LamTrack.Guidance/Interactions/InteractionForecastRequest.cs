using LamTrack.Measures.Quantities;
using NodaTime;

namespace LamTrack.Guidance.Interactions;

/// <summary>What the PK engine is asked: the size of an interaction's effect on one patient's sirolimus trough.</summary>
/// <param name="PatientId">The patient, for the engine's own records.</param>
/// <param name="Perpetrator">The drug started or stopped.</param>
/// <param name="Change">Started or stopped.</param>
/// <param name="ChangeDate">The date of the start or stop.</param>
/// <param name="SirolimusDailyDose">The sirolimus dose taken at the change.</param>
/// <param name="LastTrough">The most recent trough before the change, or <see langword="null"/> when none was measured.</param>
/// <param name="LastTroughDate">The date of <paramref name="LastTrough"/>, or <see langword="null"/>.</param>
public sealed record InteractionForecastRequest(
    string PatientId,
    Perpetrator Perpetrator,
    InteractionChange Change,
    LocalDate ChangeDate,
    DailyDose SirolimusDailyDose,
    MassConcentration? LastTrough,
    LocalDate? LastTroughDate)
{
    /// <summary>The patient's record, for a forecaster that estimates her own parameters; null when not given.</summary>
    public Domain.Patients.Patient? Patient { get; init; }

    /// <summary>The next planned trough date (the finding's draw-by date), or null.</summary>
    public LocalDate? NextTroughDate { get; init; }

    /// <summary>The trough window (low, high) the dose back to the window aims at (its centre), or null.</summary>
    public (MassConcentration Low, MassConcentration High)? Window { get; init; }
}
