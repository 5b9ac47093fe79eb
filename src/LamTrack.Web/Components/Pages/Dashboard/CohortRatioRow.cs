namespace LamTrack.Web.Components.Pages.Dashboard;

/// <summary>A pooled rate ratio as the analysis document states it (<c>pooled.rateRatioOnVsBefore|rateRatioAfterVsOn</c>,
/// docs/analysis-json.md).</summary>
/// <param name="Name">The ratio's name as shown.</param>
/// <param name="Estimable">Whether the document gives the ratio at all.</param>
/// <param name="Estimate">The ratio (dimensionless).</param>
/// <param name="Lower">Lower bound of its 95 % interval.</param>
/// <param name="Upper">Upper bound of its 95 % interval.</param>
/// <param name="PValue">Its two-sided p-value.</param>
public sealed record CohortRatioRow(string Name, bool Estimable, double? Estimate, double? Lower, double? Upper, double? PValue);
