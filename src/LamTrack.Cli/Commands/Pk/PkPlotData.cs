using LamTrack.Application.Pharmacokinetics;

namespace LamTrack.Cli.Commands.Pk;

/// <summary>What a concentration–time plot shows.</summary>
/// <param name="Title">Plot title.</param>
/// <param name="Forecast">Prediction and 90 % band over time (h).</param>
/// <param name="Troughs">Measured troughs (censored ones drawn at their limit).</param>
/// <param name="Window">Target window.</param>
internal sealed record PkPlotData(string Title, IReadOnlyList<ForecastBandPoint> Forecast, IReadOnlyList<TroughPoint> Troughs, TroughWindowSummary Window);
