namespace LamTrack.Analytics.Cohort;

/// <summary>Time from the first sirolimus start to the first recurrence, or to censoring.</summary>
/// <param name="Days">Days from the first sirolimus start.</param>
/// <param name="Recurred">True when the time ends with a pneumothorax; false when censored.</param>
public readonly record struct FollowUpOutcome(double Days, bool Recurred);
