using NodaTime;

namespace LamTrack.Web.Components.Charts;

/// <summary>A measured level drawn on the forecast: time, value (or censoring limit) in ng/mL, and how it is censored.</summary>
/// <remarks><see cref="Marker"/> is <see cref="TimelineMarker.Level"/>, <see cref="TimelineMarker.BelowLimit"/>, <see cref="TimelineMarker.AboveLimit"/> or <see cref="TimelineMarker.Undetectable"/>.</remarks>
public sealed record ForecastObservation(LocalDateTime Time, double Level, TimelineMarker Marker, string Label);
