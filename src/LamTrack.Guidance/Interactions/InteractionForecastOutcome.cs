namespace LamTrack.Guidance.Interactions;

/// <summary>Either an interaction forecast or the reason none is available.</summary>
public sealed class InteractionForecastOutcome
{
    private InteractionForecastOutcome(InteractionForecast? forecast, string? unavailableReason)
    {
        Forecast = forecast;
        UnavailableReason = unavailableReason;
    }

    /// <summary>The forecast, or <see langword="null"/> when none is available.</summary>
    public InteractionForecast? Forecast { get; }

    /// <summary>Why no forecast is available, or <see langword="null"/>.</summary>
    public string? UnavailableReason { get; }

    /// <summary>A forecast was made.</summary>
    /// <exception cref="ArgumentException">The fold change is not a finite positive number.</exception>
    public static InteractionForecastOutcome Available(InteractionForecast forecast)
    {
        ArgumentNullException.ThrowIfNull(forecast);
        if (!double.IsFinite(forecast.TroughFoldChange) || forecast.TroughFoldChange <= 0)
        {
            throw new ArgumentException("the trough fold change must be finite and positive", nameof(forecast));
        }

        return new(forecast, null);
    }

    /// <summary>No forecast could be made.</summary>
    public static InteractionForecastOutcome Unavailable(string reason)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(reason);
        return new(null, reason);
    }
}
