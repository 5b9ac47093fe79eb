namespace LamTrack.Web.Components.Charts;

/// <summary>A Kaplan–Meier estimate from one time on: the survival proportion and its confidence interval.</summary>
/// <remarks>Time in the curve's unit (named by <see cref="SurvivalCurve.TimeUnit"/>); proportions in [0, 1]; the interval ends are null when not estimated.</remarks>
public sealed record SurvivalStep(double Time, double Survival, double? Lower, double? Upper)
{
    /// <summary>The number at risk just before this time.</summary>
    public int? AtRisk { get; init; }
}
