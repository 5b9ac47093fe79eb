namespace LamTrack.Application.Pharmacokinetics;

/// <summary>The predictions of <see cref="PkSimulationService"/>, subject by subject in the data file's order.</summary>
/// <param name="Model">The model used, with its citation.</param>
/// <param name="Subjects">One entry per ID of the data file.</param>
public sealed record PkSimulationResult(PkModelSummary Model, IReadOnlyList<PkSubjectPredictions> Subjects);
