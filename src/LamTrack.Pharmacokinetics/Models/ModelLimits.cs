namespace LamTrack.Pharmacokinetics.Models;

/// <summary>The ranges a model file's numbers must keep so that every individual parameter stays finite.</summary>
/// <remarks>
/// An individual parameter is θ·exp(η) with η ~ N(0, ω²); the samplers draw η up to about 8 standard deviations.
/// With ω² = 10⁶ exp(η) overflows to infinity (CL = ∞) and every concentration becomes NaN. At ω² = 4 (ω = 2, a
/// log-normal CV of √(e⁴ − 1) ≈ 730 %, far above the 20–60 % of published sirolimus models) exp(8·2) ≈ 9·10⁶, so
/// θ·exp(η) stays finite for every typical value up to <see cref="MaxTypicalValue"/>.
/// </remarks>
public static class ModelLimits
{
    /// <summary>The largest between-subject variance ω² a model may declare.</summary>
    public const double MaxOmegaSquared = 4.0;

    /// <summary>The largest typical value θ of a parameter, in its own unit (L/h, L, 1/h).</summary>
    public const double MaxTypicalValue = 1e6;
}
