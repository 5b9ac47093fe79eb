using LamTrack.Guidance.Catalogue;
using LamTrack.Measures.Quantities;

namespace LamTrack.Guidance.Interactions;

/// <summary>The PK engine's answer: how much the trough is expected to change, and to what.</summary>
/// <param name="TroughFoldChange">Expected new steady-state trough ÷ trough before the change (dimensionless, &gt; 0); 0.2 means a fall to a fifth.</param>
/// <param name="ExpectedTrough">The expected new steady-state trough, or <see langword="null"/> when no baseline trough was known.</param>
/// <param name="DaysToNewSteadyState">Days until the new steady state is about reached.</param>
/// <param name="Method">How the forecast was made (model name and assumptions), printed in the finding.</param>
/// <param name="Source">The model or study the forecast rests on, with its tag.</param>
public sealed record InteractionForecast(double TroughFoldChange, MassConcentration? ExpectedTrough, int DaysToNewSteadyState, string Method, Citation Source)
{
    /// <summary>The patient's own forecast from her estimate (or the population prior), or null when the forecaster makes none.</summary>
    public IndividualInteractionForecast? Individual { get; init; }
}
