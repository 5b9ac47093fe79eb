using LamTrack.Pharmacokinetics.Estimation;
using LamTrack.Pharmacokinetics.Interactions;
using LamTrack.Pharmacokinetics.Models;
using LamTrack.Pharmacokinetics.Proposals;

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
    /// <summary>Every caveat to print with the result: model assumptions, unverified and unknown interactions, model notes.</summary>
    public IEnumerable<string> Caveats =>
        Applicability.Assumptions
            .Concat(InteractionNotes.Where(n => n.IsUnknown || n.IsUnverified).Select(n => n.Message))
            .Concat(Estimate is { Converged: false } ? ["MAP estimation did not fully converge; treat the estimate with caution"] : []);
}
