namespace LamTrack.Guidance.Findings;

/// <summary>The expected change an interaction finding forecasts, as data (the finding's <c>forecast</c> object in JSON).</summary>
/// <remarks>
/// Linear pharmacokinetics at steady state: the trough scales with 1 / (CL/F), so the expected trough is the last
/// trough × <see cref="TroughFoldChange"/>, reached after about three time constants of the effect. The dose that
/// brings the trough back to the window midpoint is the label's proportional rule (EU SmPC, [L]) applied to the expected
/// trough; a dose beyond the label maximum is shown and flagged, never capped.
/// </remarks>
/// <param name="Perpetrator">The interaction-table entry the agent resolved to.</param>
/// <param name="ClearanceFold">CL/F multiplier from the change (&gt; 1 when clearance rises).</param>
/// <param name="TroughFoldChange">Expected new steady-state trough ÷ trough before the change.</param>
/// <param name="ExpectedTroughNanogramsPerMillilitre">Expected steady-state trough on the current dose, ng/mL, or null without a baseline trough.</param>
/// <param name="DaysToNewSteadyState">Days until the new steady state is about reached.</param>
/// <param name="DoseBackToWindowMilligramsPerDay">The daily dose expected to bring the trough back to the window midpoint, mg/day, or null.</param>
/// <param name="DoseBeyondLabel">True when that dose exceeds the label maximum daily dose.</param>
/// <param name="Method">How the forecast was made, with the verification tags of its numbers.</param>
public sealed record InteractionExpectation(
    string Perpetrator, double ClearanceFold, double TroughFoldChange, double? ExpectedTroughNanogramsPerMillilitre, int DaysToNewSteadyState,
    double? DoseBackToWindowMilligramsPerDay, bool DoseBeyondLabel, string Method)
{
    /// <summary>The patient's own forecast (MAP estimate or population prior): troughs at the new steady state and at the
    /// next planned trough date with 90 % intervals, and the model's dose back to the window; null when none was made.</summary>
    public Interactions.IndividualInteractionForecast? Individual { get; init; }
}
