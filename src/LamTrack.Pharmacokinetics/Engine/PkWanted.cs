using LamTrack.Pharmacokinetics.Proposals;

namespace LamTrack.Pharmacokinetics.Engine;

/// <summary>What the caller wants from one engine call.</summary>
/// <param name="Estimate">MAP estimation from the observations.</param>
/// <param name="ForecastTimesHours">Times for an individual forecast with a 90 % interval (empty for none).</param>
/// <param name="Proposals">Dose proposals: the window and the decision time (null for none).</param>
/// <param name="Samples">Posterior draws for intervals and probabilities.</param>
/// <param name="Seed">Random seed (results are reproducible for a seed).</param>
public sealed record PkWanted(bool Estimate, IReadOnlyList<double> ForecastTimesHours, ProposalWish? Proposals, int Samples = 500, ulong Seed = 20261127);
