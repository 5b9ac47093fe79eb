using NodaTime;

namespace LamTrack.Web.Components.Charts;

/// <summary>A forecast concentration at one time: the central value and the lower and upper ends of its band, in ng/mL.</summary>
public sealed record ForecastPoint(LocalDateTime Time, double Median, double Lower, double Upper);
