namespace LamTrack.Application.Pharmacokinetics;

/// <summary>The label's maximum daily dose that proposals are flagged against.</summary>
/// <param name="DailyMilligrams">The maximum, mg/day.</param>
/// <param name="Source">Its citation with the verification tag.</param>
public sealed record LabelMaximum(double DailyMilligrams, string Source);
