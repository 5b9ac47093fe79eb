using NodaTime;

namespace LamTrack.Web.Components.Charts;

/// <summary>What the forecast chart draws: the predicted course with its band, the target window, the measured levels and the next level date.</summary>
/// <remarks>All concentrations in ng/mL. <see cref="BandLabel"/> names the band's coverage ("90 % prediction band").</remarks>
public sealed record ForecastSeries(string Title, IReadOnlyList<ForecastPoint> Points)
{
    /// <summary>The band's name with its coverage.</summary>
    public string BandLabel { get; init; } = "90 % prediction band";

    /// <summary>The lower end of the target window in ng/mL, or null.</summary>
    public double? TargetLow { get; init; }

    /// <summary>The upper end of the target window in ng/mL, or null.</summary>
    public double? TargetHigh { get; init; }

    /// <summary>The measured levels.</summary>
    public IReadOnlyList<ForecastObservation> Observations { get; init; } = [];

    /// <summary>When the next level should be drawn, or null.</summary>
    public LocalDateTime? NextLevel { get; init; }
}
