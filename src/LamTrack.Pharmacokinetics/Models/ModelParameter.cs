namespace LamTrack.Pharmacokinetics.Models;

/// <summary>A structural parameter with its typical value, unit and covariate effects.</summary>
/// <param name="Name">CL, V, KA (one compartment) or CL, V2, Q, V3, KA (two compartments).</param>
/// <param name="Unit">"L/h" for clearances, "L" for volumes, "1/h" for KA.</param>
/// <param name="TypicalValue">θ, in <paramref name="Unit"/>.</param>
/// <param name="Effects">Covariate effects; empty when none.</param>
public sealed record ModelParameter(string Name, string Unit, double TypicalValue, IReadOnlyList<CovariateEffect> Effects)
{
    /// <summary>The typical value for a subject with covariates <paramref name="covariates"/>.</summary>
    /// <remarks>TV = (θ + Σ linear terms) × Π factors (see <see cref="CovariateEffectKind"/>).</remarks>
    /// <exception cref="KeyNotFoundException">A covariate used by an effect is missing.</exception>
    public double TypicalFor(IReadOnlyDictionary<string, double> covariates)
    {
        ArgumentNullException.ThrowIfNull(covariates);
        double sum = TypicalValue, factor = 1.0;
        foreach (CovariateEffect e in Effects)
        {
            double x = covariates[e.Covariate];
            sum += e.AdditiveTerm(x);
            factor *= e.Factor(x);
        }

        return sum * factor;
    }
}
