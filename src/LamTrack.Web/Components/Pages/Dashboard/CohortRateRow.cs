namespace LamTrack.Web.Components.Pages.Dashboard;

/// <summary>One period's pooled pneumothorax rate as the analysis document states it (<c>pooled.before|on|interrupted|after</c>,
/// docs/analysis-json.md); null where the document has no value.</summary>
/// <param name="Period">The period's name as shown.</param>
/// <param name="Episodes">Pneumothorax episodes in the period.</param>
/// <param name="PersonYears">Person-years of follow-up in the period.</param>
/// <param name="RatePerPersonYear">Episodes per person-year.</param>
/// <param name="Lower">Lower bound of the exact 95 % interval, per person-year.</param>
/// <param name="Upper">Upper bound of the exact 95 % interval, per person-year.</param>
public sealed record CohortRateRow(string Period, double? Episodes, double? PersonYears, double? RatePerPersonYear, double? Lower, double? Upper);
