namespace LamTrack.Pharmacokinetics.Models;

/// <summary>The form of one covariate effect on a parameter.</summary>
/// <remarks>
/// The typical value is TV = (θ + Σ_linear a·(x − ref)) × Π_other factors, with x the covariate value:
/// <see cref="Linear"/> adds a·(x − ref) inside the bracket; <see cref="Power"/> multiplies by (x/ref)^a;
/// <see cref="FactorPerUnit"/> by a^x (a flag 0/1 gives a or 1); <see cref="FactorAboveThreshold"/> by a when x &gt; ref;
/// <see cref="LinearFactor"/> by (1 + a·x/ref).
/// </remarks>
public enum CovariateEffectKind
{
    /// <summary>θ + a·(x − ref), additive inside the bracket.</summary>
    Linear,

    /// <summary>× (x / ref)^a.</summary>
    Power,

    /// <summary>× a^x (categorical flags).</summary>
    FactorPerUnit,

    /// <summary>× a when x &gt; ref.</summary>
    FactorAboveThreshold,

    /// <summary>× (1 + a·x / ref).</summary>
    LinearFactor,
}
