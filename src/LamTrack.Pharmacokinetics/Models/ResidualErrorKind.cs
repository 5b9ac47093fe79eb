namespace LamTrack.Pharmacokinetics.Models;

/// <summary>The residual (unexplained) error model linking a prediction f to an observation y.</summary>
public enum ResidualErrorKind
{
    /// <summary>y = f + ε, var = σ_add² (σ_add in ng/mL).</summary>
    Additive,

    /// <summary>y = f·(1 + ε), var = (σ_prop·f)².</summary>
    Proportional,

    /// <summary>y = f·(1 + ε₁) + ε₂, var = (σ_prop·f)² + σ_add².</summary>
    Combined,

    /// <summary>ln y = ln f + ε, var = σ² on the log scale (observations must be positive or censored).</summary>
    Exponential,
}
