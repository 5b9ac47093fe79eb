using LamTrack.Pharmacokinetics.Interactions;

namespace LamTrack.Pharmacokinetics.Proposals.Plans;

/// <summary>What <see cref="DosePlanner"/> needs beyond a dose-proposal request.</summary>
/// <param name="Proposal">The dose-proposal request (prior, estimate, history, CL/F schedule, decision time, window, seed, samples).</param>
/// <param name="CoMedications">The co-medication periods the CL/F schedule was built from.</param>
/// <param name="Table">The interaction table that sized them.</param>
/// <param name="HorizonHours">How far from the decision to look for a change and to plan, h (e.g. 56 days).</param>
/// <param name="ChangeThreshold">Relative change of the CL/F multiplier within the horizon (max ÷ min − 1) above which
/// a plan in phases is made; at or below it the single proposal stands. Default 0.1 (10 %), a numerical choice.</param>
public sealed record DosePlanRequest(
    DoseProposalRequest Proposal, IReadOnlyList<CoMedicationPeriod> CoMedications, InteractionTable Table, double HorizonHours,
    double ChangeThreshold = 0.1);
