using LamTrack.Pharmacokinetics.Proposals;

namespace LamTrack.Pharmacokinetics.Engine;

/// <summary>The dose-proposal part of a request.</summary>
/// <param name="Window">Target trough window.</param>
/// <param name="DecisionTimeHours">When the new regimen would start, h from the reference.</param>
/// <param name="CurrentDailyMilligrams">Current daily dose for the proportional rule, or null.</param>
public sealed record ProposalWish(TargetWindow Window, double DecisionTimeHours, double? CurrentDailyMilligrams)
{
    /// <summary>How far from the decision to look for a change of the CL/F multiplier and to plan the dose in phases
    /// (<see cref="Proposals.Plans.DosePlanner"/>), h; 0 (the default) for no plan.</summary>
    public double PlanHorizonHours { get; init; }
}
