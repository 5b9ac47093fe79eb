namespace LamTrack.Application.Pharmacokinetics;

/// <summary>The label's proportional rule beside the model's proposals: new dose = current dose × target / measured trough (EU SmPC, [L]).</summary>
/// <param name="CurrentDailyMilligrams">Current daily dose, mg/day.</param>
/// <param name="TargetNanogramsPerMillilitre">The window midpoint, ng/mL.</param>
/// <param name="MeasuredTroughNanogramsPerMillilitre">The last measured trough, ng/mL.</param>
/// <param name="NewDailyMilligrams">The exact proportional dose, mg/day.</param>
/// <param name="RoundedDailyMilligrams">The proportional dose rounded to a 0.5 mg tablet step, mg/day.</param>
/// <param name="IsBeyondLabel">True when the proportional dose exceeds the label maximum.</param>
public sealed record ProportionalDose(
    double CurrentDailyMilligrams, double TargetNanogramsPerMillilitre, double MeasuredTroughNanogramsPerMillilitre,
    double NewDailyMilligrams, double RoundedDailyMilligrams, bool IsBeyondLabel);
