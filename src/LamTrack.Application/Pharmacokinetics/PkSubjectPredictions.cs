namespace LamTrack.Application.Pharmacokinetics;

/// <summary>One subject's predictions at her observation records.</summary>
/// <param name="Id">The subject's ID in the data file.</param>
/// <param name="IsApplicable">False when the model does not apply to the subject's covariates (no prediction is made).</param>
/// <param name="Caveats">The model's assumptions for the subject and the reasons it does not apply, each once.</param>
/// <param name="Points">One prediction per observation record, in the file's order.</param>
public sealed record PkSubjectPredictions(string Id, bool IsApplicable, IReadOnlyList<string> Caveats, IReadOnlyList<PkPredictionPoint> Points);
