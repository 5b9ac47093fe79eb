using LamTrack.Measures.Quantities;
using NodaTime;

namespace LamTrack.Guidance.Interactions;

/// <summary>The patient's own forecast of an interaction: troughs on the current dose from her MAP estimate (the population
/// prior when she has no trough), and the daily dose that brings the trough back into the window.</summary>
/// <param name="Basis">What the forecast rests on: the model and "MAP estimate from N trough(s)" or "population prior".</param>
/// <param name="SteadyState">The trough on the current dose at the new steady state (the CL/F multiplier once the change has settled).</param>
/// <param name="NextTroughDate">The next planned trough date (the finding's draw-by date).</param>
/// <param name="NextTrough">The trough on the current dose on <paramref name="NextTroughDate"/>, with the time course of the change.</param>
/// <param name="DoseBackToWindow">The daily dose whose steady-state trough is the window centre, or null when none reaches it under the model.</param>
/// <param name="DoseBeyondLabel">True when that dose exceeds the label maximum daily dose (flagged, never capped).</param>
public sealed record IndividualInteractionForecast(
    string Basis, TroughPrediction SteadyState, LocalDate NextTroughDate, TroughPrediction NextTrough, DailyDose? DoseBackToWindow, bool DoseBeyondLabel);
