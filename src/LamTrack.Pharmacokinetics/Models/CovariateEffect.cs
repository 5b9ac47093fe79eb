namespace LamTrack.Pharmacokinetics.Models;

/// <summary>One covariate effect on a parameter (see <see cref="CovariateEffectKind"/> for the equations).</summary>
/// <param name="Covariate">The covariate name, as declared in the model's covariate list.</param>
/// <param name="Kind">The form of the effect.</param>
/// <param name="Coefficient">The coefficient a.</param>
/// <param name="Reference">The reference value or threshold, in the covariate's unit.</param>
public sealed record CovariateEffect(string Covariate, CovariateEffectKind Kind, double Coefficient, double Reference)
{
    /// <summary>The additive term a·(x − ref) for <see cref="CovariateEffectKind.Linear"/>, else 0.</summary>
    public double AdditiveTerm(double x) => Kind == CovariateEffectKind.Linear ? Coefficient * (x - Reference) : 0.0;

    /// <summary>The multiplicative factor for the other kinds, 1 for <see cref="CovariateEffectKind.Linear"/>.</summary>
    public double Factor(double x) => Kind switch
    {
        CovariateEffectKind.Power => Math.Pow(x / Reference, Coefficient),
        CovariateEffectKind.FactorPerUnit => Math.Pow(Coefficient, x),
        CovariateEffectKind.FactorAboveThreshold => x > Reference ? Coefficient : 1.0,
        CovariateEffectKind.LinearFactor => 1.0 + (Coefficient * x / Reference),
        _ => 1.0,
    };
}
