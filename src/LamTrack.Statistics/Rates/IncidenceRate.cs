namespace LamTrack.Statistics.Rates;

/// <summary>An incidence rate (events per person-year) with its exact Poisson confidence interval.</summary>
/// <remarks>Build one with <see cref="ExactPoisson.Rate"/>. The estimate is events / person-years.</remarks>
/// <param name="Events">The number of events, ≥ 0.</param>
/// <param name="PersonYears">The person-time at risk, in years, &gt; 0.</param>
/// <param name="PerPersonYear">The rate, in events per person-year.</param>
/// <param name="Interval">Garwood's exact interval, in events per person-year.</param>
public sealed record IncidenceRate(int Events, double PersonYears, double PerPersonYear, ConfidenceInterval Interval);
