namespace LamTrack.Application.Pharmacokinetics;

/// <summary>The forecast of a dose proposal: the history and the best regimen from the decision date, with its band.</summary>
/// <param name="Regimen">The regimen forecast: the best-ranked option, or the dose plan in phases when there is one.</param>
/// <param name="Points">The curve with its 90 % band, in time order.</param>
/// <param name="Samples">Posterior draws behind the band.</param>
/// <param name="Seed">The random seed (the same seed gives the same band).</param>
public sealed record DoseForecast(string Regimen, IReadOnlyList<ForecastBandPoint> Points, int Samples, ulong Seed);
