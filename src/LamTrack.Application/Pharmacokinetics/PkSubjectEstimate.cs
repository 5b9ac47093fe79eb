namespace LamTrack.Application.Pharmacokinetics;

/// <summary>One subject's estimate, the predictions at her troughs and, when asked for, her forecast.</summary>
/// <param name="Id">The subject's ID in the data file.</param>
/// <param name="Caveats">The model's assumptions for the subject and the reasons it does not apply, each once.</param>
/// <param name="Estimate">The MAP estimate, or null when the model does not apply to the subject.</param>
/// <param name="Observations">The troughs the estimate used, by time.</param>
/// <param name="Forecast">The forecast at each hour up to a day past the last dose or trough, or null when not asked for or not estimated.</param>
public sealed record PkSubjectEstimate(
    string Id, IReadOnlyList<string> Caveats, PkMapEstimate? Estimate, IReadOnlyList<PkEstimatedObservation> Observations, IReadOnlyList<ForecastBandPoint>? Forecast)
{
    /// <summary>The troughs as drawn on a forecast plot (censored ones at their limit); a data file has hours but no calendar, so the dates are left at their default.</summary>
    public IReadOnlyList<TroughPoint> Troughs => [.. Observations.Select(o => new TroughPoint(o.TimeHours, default,
        o.IsCensored ? null : o.ObservedNanogramsPerMillilitre, o.IsCensored && !o.IsAboveLimit ? o.LowerLimitNanogramsPerMillilitre : null,
        o.IsAboveLimit ? o.UpperLimitNanogramsPerMillilitre : null))];
}
