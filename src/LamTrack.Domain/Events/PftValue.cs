using LamTrack.Measures.Quantities;
using LamTrack.Measures.Units;

namespace LamTrack.Domain.Events;

/// <summary>One measure of a pulmonary function test, absolute and as percent of predicted.</summary>
/// <param name="Measure">Which measure.</param>
/// <param name="Absolute">The measured value as recorded (L, %, mmol/min/kPa), when stated.</param>
/// <param name="Predicted">The value as percent of predicted, when stated.</param>
public sealed record PftValue(PftMeasure Measure, Measurement? Absolute, PercentPredicted? Predicted);
