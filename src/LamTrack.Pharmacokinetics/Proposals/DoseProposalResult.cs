namespace LamTrack.Pharmacokinetics.Proposals;

/// <summary>Ranked dose proposals with the proportional rule beside them and when to draw the next trough.</summary>
/// <param name="Ranked">Candidates, best first (probability in window, then score, then simplicity).</param>
/// <param name="Proportional">The label's proportional rule, or null when it cannot be computed.</param>
/// <param name="NextTroughDaysAfterChange">Days after the change to draw the next trough (≥ 7).</param>
/// <param name="NextTroughReason">Why that day.</param>
/// <param name="ClearanceMultiplierAssumed">The CL/F multiplier used for steady state (interactions four weeks after the decision).</param>
public sealed record DoseProposalResult(
    IReadOnlyList<DoseProposal> Ranked, ProportionalRule? Proportional, int NextTroughDaysAfterChange, string NextTroughReason,
    double ClearanceMultiplierAssumed);
