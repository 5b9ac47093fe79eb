namespace LamTrack.Application.Pharmacokinetics;

/// <summary>A subject's parameters at the posterior mode (maximum a posteriori).</summary>
/// <param name="Objective">The objective function value (−2 log posterior) at the mode.</param>
/// <param name="Converged">Whether the search converged.</param>
/// <param name="Etas">The random effects at the mode, in the order of <see cref="PkEstimationResult.EtaNames"/>.</param>
/// <param name="Parameters">The structural parameters (L/h, L, 1/h), in the order of <see cref="PkEstimationResult.ParameterNames"/>.</param>
/// <param name="PosteriorSd">The posterior standard deviation of each random effect (Laplace approximation).</param>
public sealed record PkMapEstimate(double Objective, bool Converged, IReadOnlyList<double> Etas, IReadOnlyList<double> Parameters, IReadOnlyList<double> PosteriorSd);
