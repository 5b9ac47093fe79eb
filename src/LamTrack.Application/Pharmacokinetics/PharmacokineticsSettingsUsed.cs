namespace LamTrack.Application.Pharmacokinetics;

/// <summary>The numerical settings a PK result was computed with (from <see cref="PharmacokineticsOptions"/>).</summary>
/// <param name="ProposalSamples">Posterior draws per regimen.</param>
/// <param name="ForecastSamples">Posterior draws for the forecast band.</param>
/// <param name="Seed">The random seed.</param>
/// <param name="ForecastDays">Days forecast after the decision.</param>
/// <param name="ForecastStepHours">Spacing of the forecast grid, h.</param>
public sealed record PharmacokineticsSettingsUsed(int ProposalSamples, int ForecastSamples, ulong Seed, int ForecastDays, int ForecastStepHours);
