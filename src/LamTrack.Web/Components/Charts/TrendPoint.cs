using NodaTime;

namespace LamTrack.Web.Components.Charts;

/// <summary>One measurement of a trend (an FEV1, a walk distance) on its day, in the series' unit.</summary>
public sealed record TrendPoint(LocalDate Day, double Value)
{
    /// <summary>Where the value comes from.</summary>
    public string Source { get; init; } = string.Empty;
}
