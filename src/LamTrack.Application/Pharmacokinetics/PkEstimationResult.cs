namespace LamTrack.Application.Pharmacokinetics;

/// <summary>The MAP estimates of <see cref="PkEstimationService"/>, subject by subject in the data file's order.</summary>
/// <param name="Model">The model used, with its citation.</param>
/// <param name="EtaNames">The parameters with a random effect, in the order of <see cref="PkMapEstimate.Etas"/>.</param>
/// <param name="ParameterNames">The structural parameters (<c>CL</c>, <c>V</c>, <c>KA</c>, …), in the order of <see cref="PkMapEstimate.Parameters"/>.</param>
/// <param name="Window">The target window drawn with the forecasts.</param>
/// <param name="Subjects">One entry per ID of the data file.</param>
public sealed record PkEstimationResult(
    PkModelSummary Model, IReadOnlyList<string> EtaNames, IReadOnlyList<string> ParameterNames, TroughWindowSummary Window, IReadOnlyList<PkSubjectEstimate> Subjects);
