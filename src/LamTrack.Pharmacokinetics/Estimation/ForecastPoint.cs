namespace LamTrack.Pharmacokinetics.Estimation;

/// <summary>One forecast time: the individual prediction at the posterior mode and a 90 % interval.</summary>
/// <param name="TimeHours">Time, h from the reference.</param>
/// <param name="PredictionNanogramsPerMillilitre">Prediction at the posterior mode, ng/mL.</param>
/// <param name="LowerNanogramsPerMillilitre">5th percentile over posterior samples, ng/mL (never below 0).</param>
/// <param name="UpperNanogramsPerMillilitre">95th percentile over posterior samples, ng/mL.</param>
public sealed record ForecastPoint(double TimeHours, double PredictionNanogramsPerMillilitre, double LowerNanogramsPerMillilitre, double UpperNanogramsPerMillilitre);
