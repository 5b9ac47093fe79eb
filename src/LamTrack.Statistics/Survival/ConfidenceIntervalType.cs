namespace LamTrack.Statistics.Survival;

/// <summary>The transformation under which a pointwise Kaplan–Meier confidence interval is built.</summary>
/// <remarks>
/// Names and formulas follow R's survival package (<c>survfit(..., conf.type = ...)</c>, survival 3.5,
/// function <c>survfit_confint</c>). With S the survival estimate, σ the standard error of the cumulative
/// hazard (<see cref="KaplanMeierStep.StdErrCumulativeHazard"/>) and z the normal quantile:
/// <list type="bullet">
/// <item><see cref="Log"/>: exp(ln S ∓ z·σ), the upper limit capped at 1. R's default.</item>
/// <item><see cref="LogLog"/>: exp(−exp(ln(−ln S) ∓ z·σ / ln S)); undefined where S is 0 or 1.</item>
/// <item><see cref="Plain"/>: S ∓ z·σ·S, clipped to [0, 1].</item>
/// </list>
/// Every type is undefined where S = 0.
/// </remarks>
public enum ConfidenceIntervalType
{
    /// <summary>Symmetric on the log-survival scale (R's <c>"log"</c>, the default).</summary>
    Log = 1,

    /// <summary>Symmetric on the log(−log survival) scale (R's <c>"log-log"</c>).</summary>
    LogLog = 2,

    /// <summary>Symmetric on the survival scale (R's <c>"plain"</c>).</summary>
    Plain = 3,
}
