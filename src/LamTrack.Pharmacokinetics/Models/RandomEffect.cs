namespace LamTrack.Pharmacokinetics.Models;

/// <summary>Log-normal inter-individual variability on one parameter: P_i = TV·e^(η_i), η_i ~ N(0, ω²).</summary>
/// <param name="Parameter">The parameter name.</param>
/// <param name="Variance">ω², the variance of η (for a CV c, ω² = ln(1 + c²)).</param>
public sealed record RandomEffect(string Parameter, double Variance);
