namespace LamTrack.Statistics.Survival;

/// <summary>Pointwise confidence limits of a survival estimate, as R's <c>survfit_confint</c> computes them.</summary>
internal static class SurvivalConfidence
{
    /// <summary>Returns (lower, upper); NaN marks a limit R reports as NA.</summary>
    /// <param name="type">The transformation.</param>
    /// <param name="survival">S in [0, 1].</param>
    /// <param name="stdErrCumulativeHazard">σ, the standard error of the cumulative hazard.</param>
    /// <param name="z">The normal quantile for the confidence level.</param>
    public static (double Lower, double Upper) Limits(ConfidenceIntervalType type, double survival, double stdErrCumulativeHazard, double z) =>
        type switch
        {
            ConfidenceIntervalType.Log => LogLimits(survival, stdErrCumulativeHazard, z),
            ConfidenceIntervalType.LogLog => LogLogLimits(survival, stdErrCumulativeHazard, z),
            ConfidenceIntervalType.Plain => PlainLimits(survival, stdErrCumulativeHazard, z),
            _ => throw new ArgumentOutOfRangeException(nameof(type), type, "unknown confidence interval type"),
        };

    private static (double, double) LogLimits(double s, double se, double z)
    {
        if (s == 0)
        {
            return (double.NaN, double.NaN);
        }

        double width = z * se;
        return (Math.Exp(Math.Log(s) - width), Math.Min(Math.Exp(Math.Log(s) + width), 1.0));
    }

    private static (double, double) LogLogLimits(double s, double se, double z)
    {
        if (s == 0 || s == 1)
        {
            return (double.NaN, double.NaN);
        }

        double logS = Math.Log(s);
        double centre = Math.Log(-logS);
        double width = z * se / logS;
        return (Math.Exp(-Math.Exp(centre - width)), Math.Exp(-Math.Exp(centre + width)));
    }

    private static (double, double) PlainLimits(double s, double se, double z)
    {
        // R computes se·S·z; with S = 0 and se = ∞ that is NaN, which R reports as NA.
        double halfWidth = se * s * z;
        if (double.IsNaN(halfWidth))
        {
            return (double.NaN, double.NaN);
        }

        return (Math.Max(s - halfWidth, 0.0), Math.Min(s + halfWidth, 1.0));
    }
}
