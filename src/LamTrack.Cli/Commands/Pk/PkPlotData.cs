using LamTrack.Pharmacokinetics.Data;
using LamTrack.Pharmacokinetics.Estimation;
using LamTrack.Pharmacokinetics.Proposals;

namespace LamTrack.Cli.Commands.Pk;

/// <summary>What a concentration–time plot shows.</summary>
/// <param name="Title">Plot title.</param>
/// <param name="Forecast">Prediction and 90 % band over time (h).</param>
/// <param name="Observations">Measured troughs (censored ones drawn at their limit).</param>
/// <param name="Window">Target window.</param>
internal sealed record PkPlotData(string Title, IReadOnlyList<ForecastPoint> Forecast, IReadOnlyList<Observation> Observations, TargetWindow Window);
