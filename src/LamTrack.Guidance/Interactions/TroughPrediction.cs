using LamTrack.Measures.Quantities;

namespace LamTrack.Guidance.Interactions;

/// <summary>A predicted trough with its 90 % interval (5th–95th percentile over posterior draws, parameter uncertainty only).</summary>
/// <param name="Prediction">The trough at the posterior mode (the population typical value without troughs).</param>
/// <param name="Lower">The 5th percentile.</param>
/// <param name="Upper">The 95th percentile.</param>
public sealed record TroughPrediction(MassConcentration Prediction, MassConcentration Lower, MassConcentration Upper);
