using NodaTime;

namespace LamTrack.Application.Pharmacokinetics;

/// <summary>One point of a forecast curve: the prediction at the posterior mode with its 90 % interval.</summary>
/// <param name="HoursFromReference">Time, h after the result's reference (08:00 on its reference date).</param>
/// <param name="Date">The calendar day of the point.</param>
/// <param name="PredictionNanogramsPerMillilitre">Whole-blood concentration at the posterior mode, ng/mL.</param>
/// <param name="LowerNanogramsPerMillilitre">5th percentile over posterior draws, ng/mL.</param>
/// <param name="UpperNanogramsPerMillilitre">95th percentile over posterior draws, ng/mL.</param>
public sealed record ForecastBandPoint(
    double HoursFromReference, LocalDate Date, double PredictionNanogramsPerMillilitre, double LowerNanogramsPerMillilitre, double UpperNanogramsPerMillilitre);
