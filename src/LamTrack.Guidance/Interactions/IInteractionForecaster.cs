namespace LamTrack.Guidance.Interactions;

/// <summary>Forecasts the quantitative size of a drug interaction on a patient's sirolimus trough.</summary>
/// <remarks>
/// Implemented by the pharmacokinetic engine (wired in by the composition root). Until it is, the guidance rules use
/// <see cref="UnavailableInteractionForecaster"/>, and every interaction finding says that no forecast is available.
/// An implementation must not throw for a perpetrator it has no model for; it returns
/// <see cref="InteractionForecastOutcome.Unavailable"/> with the reason.
/// </remarks>
public interface IInteractionForecaster
{
    /// <summary>Forecasts the effect of starting or stopping <see cref="InteractionForecastRequest.Perpetrator"/>.</summary>
    InteractionForecastOutcome Forecast(InteractionForecastRequest request);
}
