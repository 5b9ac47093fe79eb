namespace LamTrack.Web.Components.Pages.Dashboard;

/// <summary>Time and episodes in one trough band as the analysis document states them (<c>pooled.troughBands</c>,
/// docs/analysis-json.md).</summary>
/// <param name="Band">The band, ng/mL (such as "5-15").</param>
/// <param name="Days">Days spent in the band (levels carried between measurements).</param>
/// <param name="Fraction">Share of the days with a known level (0–1).</param>
/// <param name="Episodes">Pneumothorax episodes while in the band.</param>
/// <param name="RatePerPersonYear">Episodes per person-year in the band.</param>
/// <param name="Lower">Lower bound of the rate's exact 95 % interval.</param>
/// <param name="Upper">Upper bound of the rate's exact 95 % interval.</param>
public sealed record TroughBandRow(string Band, double? Days, double? Fraction, double? Episodes, double? RatePerPersonYear, double? Lower, double? Upper);
