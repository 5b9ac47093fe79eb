namespace LamTrack.Application.Guidance;

/// <summary>The <c>forecast</c> object of an interaction finding: the expected change on the current dose and the dose back to the window.</summary>
/// <param name="Perpetrator">The interaction-table entry.</param>
/// <param name="ClearanceFold">CL/F multiplier from the change.</param>
/// <param name="TroughFoldChange">Expected new steady-state trough ÷ trough before the change.</param>
/// <param name="ExpectedTroughNanogramsPerMillilitre">Expected steady-state trough on the current dose, ng/mL, or null without a baseline trough.</param>
/// <param name="DaysToNewSteadyState">Days until the new steady state is about reached.</param>
/// <param name="DoseBackToWindowMilligramsPerDay">Daily dose expected to bring the trough back to the window midpoint, mg/day, or null.</param>
/// <param name="DoseBeyondLabel">True when that dose exceeds the label maximum (flagged, not capped).</param>
/// <param name="Method">How the forecast was made, with its verification tags.</param>
public sealed record InteractionForecastDocument(
    string Perpetrator, double ClearanceFold, double TroughFoldChange, double? ExpectedTroughNanogramsPerMillilitre, int DaysToNewSteadyState,
    double? DoseBackToWindowMilligramsPerDay, bool DoseBeyondLabel, string Method)
{
    /// <summary>The patient's own forecast from her MAP estimate (population prior without troughs); left out of the JSON when none was made.</summary>
    [System.Text.Json.Serialization.JsonIgnore(Condition = System.Text.Json.Serialization.JsonIgnoreCondition.WhenWritingNull)]
    public IndividualForecastDocument? Individual { get; init; }
}
