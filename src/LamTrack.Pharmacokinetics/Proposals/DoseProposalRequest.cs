using LamTrack.Pharmacokinetics.Dosing;
using LamTrack.Pharmacokinetics.Estimation;
using LamTrack.Pharmacokinetics.Models;

namespace LamTrack.Pharmacokinetics.Proposals;

/// <summary>What the dose proposer needs.</summary>
/// <param name="Prior">The subject's prior.</param>
/// <param name="Estimate">The MAP estimate from the patient's troughs, or null for an a-priori proposal.</param>
/// <param name="History">Doses given so far.</param>
/// <param name="Clearance">CL/F multipliers (interactions), including planned changes.</param>
/// <param name="DecisionTimeHours">When the new regimen starts, h from the reference.</param>
/// <param name="Window">Target trough window.</param>
/// <param name="Candidates">Candidate regimens (e.g. <see cref="DoseCandidate.Standard()"/>).</param>
/// <param name="Samples">Posterior draws for the probabilities (e.g. 500).</param>
/// <param name="Seed">Random seed.</param>
/// <param name="CurrentDailyMilligrams">Current daily dose for the proportional rule, or null.</param>
/// <param name="LastTroughNanogramsPerMillilitre">Last measured trough for the proportional rule, or null.</param>
public sealed record DoseProposalRequest(
    SubjectPrior Prior, MapEstimate? Estimate, DosingHistory History, ClearanceSchedule Clearance, double DecisionTimeHours,
    TargetWindow Window, IReadOnlyList<DoseCandidate> Candidates, int Samples, ulong Seed,
    double? CurrentDailyMilligrams, double? LastTroughNanogramsPerMillilitre);
