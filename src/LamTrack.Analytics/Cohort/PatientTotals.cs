using LamTrack.Analytics.Exposure;
using LamTrack.Analytics.Troughs;

namespace LamTrack.Analytics.Cohort;

/// <summary>What the pooled analysis needs from one patient: episodes and person-years by exposure, time and episodes per trough band, and the two follow-up outcomes.</summary>
/// <remarks>
/// A value type whose only reference is the band array. A registry keeps one per patient while it is read; keeping
/// each patient's whole <see cref="PatientAnalysis"/> instead (about 30 objects, 3 kB) cost a second of garbage
/// collection on 100,000 patients (docs/benchmarks/statistics.md).
/// </remarks>
/// <param name="Episodes">Counted episodes by exposure.</param>
/// <param name="PersonYears">Person-years by exposure (days / 365.25).</param>
/// <param name="Bands">On-sirolimus time and episodes per trough band, in the options' band order.</param>
/// <param name="IntentionToTreat">From first sirolimus start to first recurrence, censored at the end of follow-up; null when never treated.</param>
/// <param name="OnTreatment">From first sirolimus start to first recurrence on it, censored when the first course stops; null when never treated.</param>
public readonly record struct PatientTotals(
    ByExposure<int> Episodes,
    ByExposure<double> PersonYears,
    IReadOnlyList<BandExposure> Bands,
    FollowUpOutcome? IntentionToTreat,
    FollowUpOutcome? OnTreatment)
{
    /// <summary>The patient's FEV1 slope before sirolimus, mL/year of absolute FEV1, or null when not estimable.</summary>
    public double? Fev1BeforeMillilitresPerYear { get; init; }

    /// <summary>The patient's FEV1 slope on sirolimus, mL/year of absolute FEV1, or null when not estimable.</summary>
    public double? Fev1OnMillilitresPerYear { get; init; }
}
