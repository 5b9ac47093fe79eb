using NodaTime;

namespace LamTrack.Web.Components.Charts;

/// <summary>A fitted straight line over part of a trend (before therapy, on therapy), drawn from its first to its last day.</summary>
/// <remarks>The values are the fitted line's values at <see cref="From"/> and <see cref="To"/>, in the series' unit; <see cref="SlopeText"/> states the slope with its unit ("−62 mL/year").</remarks>
public sealed record TrendFit(string Label, LocalDate From, double FromValue, LocalDate To, double ToValue, string SlopeText);
