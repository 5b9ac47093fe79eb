using LamTrack.Analytics.Baselines;
using LamTrack.Analytics.Exposure;
using LamTrack.Analytics.Troughs;
using LamTrack.Statistics.Hypothesis;
using LamTrack.Statistics.Rates;
using LamTrack.Statistics.Survival;

namespace LamTrack.Analytics.Cohort;

/// <summary>The pooled analysis of a cohort: rates, rate ratios, the paired test, trough bands, Kaplan–Meier and historical baselines.</summary>
public sealed record CohortAnalysis
{
    /// <summary>The options used.</summary>
    public required AnalysisOptions Options { get; init; }

    /// <summary>The number of patients analysed.</summary>
    /// <remarks>Each patient's own analysis is not kept here: see <see cref="PatientAnalyzer"/> and <see cref="PatientAnalysis.Totals"/>.</remarks>
    public int PatientCount { get; init; }

    /// <summary>Pooled counts, person-years and rates by exposure.</summary>
    public required ByExposure<PooledRate> Pooled { get; init; }

    /// <summary>Rate on sirolimus over rate before, exact conditional; null when not estimable.</summary>
    public RateRatio? RateRatioOnVsBefore { get; init; }

    /// <summary>Rate after the last stop over rate on sirolimus; null when not estimable.</summary>
    public RateRatio? RateRatioAfterVsOn { get; init; }

    /// <summary>Paired per-patient rates before vs on (patients with person-time in both); null when fewer than one non-zero difference.</summary>
    public WilcoxonSignedRankResult? PairedBeforeVsOn { get; init; }

    /// <summary>Patients entering <see cref="PairedBeforeVsOn"/>.</summary>
    public int PairedPatients { get; init; }

    /// <summary>Pooled on-sirolimus time and episodes per band.</summary>
    public required IReadOnlyList<BandExposure> Bands { get; init; }

    /// <summary>Episode rate within each band with its exact interval (null without time in the band).</summary>
    public required IReadOnlyList<IncidenceRate?> BandRates { get; init; }

    /// <summary>Pooled share of known-level on-sirolimus time in the target band.</summary>
    public double? TimeInTargetRange { get; init; }

    /// <summary>Recurrence-free survival from first sirolimus start, intention to treat (days); null when nobody was treated.</summary>
    public KaplanMeierCurve? KaplanMeierIntentionToTreat { get; init; }

    /// <summary>Recurrence-free survival on the first course, censored at its stop (days); null when nobody was treated.</summary>
    public KaplanMeierCurve? KaplanMeierOnTreatment { get; init; }

    /// <summary>Treated patients with a recurrence on sirolimus, over treated patients.</summary>
    public (int Recurred, int Treated) RecurrenceOnTreatment { get; init; }

    /// <summary>The cohort's FEV1 slopes before and on sirolimus with the paired comparison.</summary>
    public Lung.Fev1CohortSlopes? Fev1Slopes { get; init; }

    /// <summary>The historical baselines shown beside the cohort.</summary>
    public required IReadOnlyList<HistoricalBaseline> Baselines { get; init; }
}
