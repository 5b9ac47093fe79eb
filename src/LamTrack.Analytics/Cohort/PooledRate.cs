using LamTrack.Statistics.Rates;

namespace LamTrack.Analytics.Cohort;

/// <summary>Pooled episodes and person-time of one exposure, with the incidence rate when there is person-time.</summary>
/// <param name="Episodes">Counted episodes.</param>
/// <param name="PersonYears">Person-years at risk.</param>
/// <param name="Rate">Episodes per person-year with Garwood's exact interval; null without person-time.</param>
public sealed record PooledRate(int Episodes, double PersonYears, IncidenceRate? Rate);
