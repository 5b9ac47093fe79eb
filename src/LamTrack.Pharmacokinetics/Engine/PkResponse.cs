using LamTrack.Pharmacokinetics.Estimation;
using LamTrack.Pharmacokinetics.Interactions;
using LamTrack.Pharmacokinetics.Models;
using LamTrack.Pharmacokinetics.Proposals;
using LamTrack.Pharmacokinetics.Proposals.Plans;

namespace LamTrack.Pharmacokinetics.Engine;

/// <summary>The typed response: applicability, every assumption, interaction notes and the results asked for.</summary>
/// <param name="Applicability">Whether the model applies (when not, nothing else is computed and the reasons say why).</param>
/// <param name="InteractionNotes">One note per co-medication: applied (flagged if unverified) or unknown.</param>
/// <param name="Estimate">MAP estimate, or null.</param>
/// <param name="Forecast">Forecast points, empty when not asked.</param>
/// <param name="Proposals">Dose proposals, or null.</param>
public sealed record PkResponse(
    ModelApplicability Applicability, IReadOnlyList<InteractionNote> InteractionNotes, MapEstimate? Estimate,
    IReadOnlyList<ForecastPoint> Forecast, DoseProposalResult? Proposals)
{
    /// <summary>The dose plan in phases when the CL/F multiplier changes within the plan horizon, or null (no change, or
    /// no plan asked for): the single proposal in <see cref="Proposals"/> then stands.</summary>
    public DosePlan? Plan { get; init; }

    /// <summary>Every caveat to print with the result: model assumptions, unverified and unknown interactions, model notes.</summary>
    public IEnumerable<string> Caveats =>
        Applicability.Assumptions
            .Concat(InteractionNotes.Where(n => n.IsUnknown || n.IsUnverified).Select(n => n.Message))
            .Concat(Estimate is { Converged: false } ? ["MAP estimation did not fully converge; treat the estimate with caution"] : []);
}
