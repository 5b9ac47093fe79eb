using NodaTime;

namespace LamTrack.Web.Components.Charts;

/// <summary>A lung-function or walk-test trend: its measurements, the fitted slopes, and when therapy started.</summary>
public sealed record TrendSeries(string Name, string Unit, IReadOnlyList<TrendPoint> Points)
{
    /// <summary>The fitted lines (before and on therapy).</summary>
    public IReadOnlyList<TrendFit> Fits { get; init; } = [];

    /// <summary>The first day of sirolimus, drawn as a vertical line, or null.</summary>
    public LocalDate? TherapyStart { get; init; }
}
