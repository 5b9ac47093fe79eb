namespace LamTrack.Guidance.Interactions;

/// <summary>The forecaster used while no pharmacokinetic engine is connected: it always answers "no forecast available".</summary>
public sealed class UnavailableInteractionForecaster : IInteractionForecaster
{
    /// <summary>The reason printed in interaction findings.</summary>
    public const string Reason = "no quantitative forecast is available: no pharmacokinetic engine is connected to the guidance rules";

    /// <inheritdoc/>
    public InteractionForecastOutcome Forecast(InteractionForecastRequest request) => InteractionForecastOutcome.Unavailable(Reason);
}
