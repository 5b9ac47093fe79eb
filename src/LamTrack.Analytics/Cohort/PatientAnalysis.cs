using LamTrack.Analytics.Episodes;
using LamTrack.Analytics.Exposure;
using LamTrack.Analytics.Lung;
using LamTrack.Analytics.Troughs;
using NodaTime;

namespace LamTrack.Analytics.Cohort;

/// <summary>Everything computed for one patient.</summary>
/// <remarks>Person-years are days / 365.25. Episode counts are weighted (a bilateral episode counts 2 under per-side counting) and leave out the index episode when it is not counted.</remarks>
public sealed record PatientAnalysis
{
    /// <summary>The patient identifier.</summary>
    public required string Id { get; init; }

    /// <summary>The display label, when any.</summary>
    public string? Label { get; init; }

    /// <summary>The first sirolimus start, or null when never treated.</summary>
    public LocalDate? FirstSirolimusStart { get; init; }

    /// <summary>The exposure periods in timeline order.</summary>
    public required IReadOnlyList<ExposurePeriod> Periods { get; init; }

    /// <summary>The counted episodes in onset order.</summary>
    public required IReadOnlyList<CountedEpisode> Episodes { get; init; }

    /// <summary>Counted episodes by exposure.</summary>
    public required ByExposure<int> EpisodeCounts { get; init; }

    /// <summary>Person-years by exposure.</summary>
    public required ByExposure<double> PersonYears { get; init; }

    /// <summary>On-sirolimus time and episodes per trough band.</summary>
    public required IReadOnlyList<BandExposure> Bands { get; init; }

    /// <summary>On-sirolimus days before the first trough of their course (level unknown).</summary>
    public double UnknownLevelDays { get; init; }

    /// <summary>On-sirolimus episodes at an unknown level.</summary>
    public int UnknownLevelEpisodes { get; init; }

    /// <summary>The share of known-level on-sirolimus time in the target band, or null.</summary>
    public double? TimeInTargetRange { get; init; }

    /// <summary>The last trough before each recurrence after sirolimus start.</summary>
    public required IReadOnlyList<TroughAtRecurrence> TroughsAtRecurrence { get; init; }

    /// <summary>FEV1 slopes, overall and per exposure.</summary>
    public required IReadOnlyList<Fev1Trend> Fev1 { get; init; }

    /// <summary>From first sirolimus start to first recurrence, censored at the end of follow-up (intention to treat); null when never treated.</summary>
    public FollowUpOutcome? IntentionToTreat { get; init; }

    /// <summary>From first sirolimus start to first recurrence on it, censored when the first course stops; null when never treated.</summary>
    public FollowUpOutcome? OnTreatment { get; init; }

    /// <summary>The part of this analysis that the pooled analysis uses.</summary>
    public PatientTotals Totals => new(EpisodeCounts, PersonYears, Bands, IntentionToTreat, OnTreatment)
    {
        Fev1BeforeMillilitresPerYear = Fev1Slope("before"),
        Fev1OnMillilitresPerYear = Fev1Slope("on"),
    };

    private double? Fev1Slope(string scope) => Fev1.FirstOrDefault(f => f.Scope == scope)?.Trend?.Slope.ToMillilitresPerYear();
}
