using NodaTime;

namespace LamTrack.Application.Pharmacokinetics;

/// <summary>A trough the estimate used, as drawn on a forecast plot.</summary>
/// <param name="HoursFromReference">Time, h after the result's reference.</param>
/// <param name="Date">The calendar day.</param>
/// <param name="ValueNanogramsPerMillilitre">The measured value, ng/mL, or null when censored.</param>
/// <param name="LowerLimitNanogramsPerMillilitre">Reported only as below this limit, ng/mL, or null.</param>
/// <param name="UpperLimitNanogramsPerMillilitre">Reported only as above this limit, ng/mL, or null.</param>
public sealed record TroughPoint(
    double HoursFromReference, LocalDate Date, double? ValueNanogramsPerMillilitre, double? LowerLimitNanogramsPerMillilitre, double? UpperLimitNanogramsPerMillilitre);
