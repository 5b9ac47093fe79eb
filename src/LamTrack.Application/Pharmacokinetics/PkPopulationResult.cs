namespace LamTrack.Application.Pharmacokinetics;

/// <summary>The result of <see cref="PkPopulationService"/>.</summary>
/// <param name="Model">The model used, with its citation.</param>
/// <param name="Caveats">The model's assumptions for the covariates given and the reasons it does not apply, each once.</param>
/// <param name="IsApplicable">False when the model does not apply to the covariates; then nothing was simulated.</param>
/// <param name="Window">The target window.</param>
/// <param name="Days">The trough distribution on each reported day, in order.</param>
public sealed record PkPopulationResult(PkModelSummary Model, IReadOnlyList<string> Caveats, bool IsApplicable, TroughWindowSummary Window, IReadOnlyList<PkTroughDistribution> Days);
