namespace LamTrack.Pharmacokinetics.Proposals;

/// <summary>One scored candidate regimen.</summary>
/// <param name="Candidate">The regimen.</param>
/// <param name="LowestTroughNanogramsPerMillilitre">Predicted steady-state trough at the posterior mode (lowest over the cycle), ng/mL.</param>
/// <param name="HighestTroughNanogramsPerMillilitre">Highest steady-state trough over the cycle, ng/mL.</param>
/// <param name="ProbabilityInTarget">Posterior probability that every trough of the cycle lies in the window.</param>
/// <param name="Score">Log-scale window score of the geometric-mean trough (1 at the centre, 0 at or beyond the edges).</param>
public sealed record DoseProposal(
    DoseCandidate Candidate, double LowestTroughNanogramsPerMillilitre, double HighestTroughNanogramsPerMillilitre, double ProbabilityInTarget, double Score);
