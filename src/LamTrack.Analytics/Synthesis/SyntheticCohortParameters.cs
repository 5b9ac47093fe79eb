using System.Globalization;

namespace LamTrack.Analytics.Synthesis;

/// <summary>The parameters of a synthetic LAM cohort; printed with every run so that a cohort can be regenerated.</summary>
/// <remarks>
/// Pneumothorax is a recurrent-event process: the rate (episodes per person-year) is <see cref="UntreatedRatePerYear"/>
/// off sirolimus and that times a multiplier on it, chosen by the trough level in effect (last trough carried forward;
/// before a course's first trough, the level of that first trough). No episode starts before the previous one resolved.
/// Defaults are illustrative, not estimates: the untreated rate is near the case series' 1.7 per person-year before
/// sirolimus, and the in-range multiplier near LAM-CHINA's hazard ratio of 0.20.
/// </remarks>
public sealed record SyntheticCohortParameters
{
    /// <summary>Episodes per person-year off sirolimus (before, interrupted, after).</summary>
    public double UntreatedRatePerYear { get; init; } = 1.5;

    /// <summary>Rate multiplier on sirolimus with the level at or above <see cref="InRangeLowNanogramsPerMillilitre"/> ng/mL.</summary>
    public double InRangeMultiplier { get; init; } = 0.2;

    /// <summary>Rate multiplier on sirolimus with the level in [1, <see cref="InRangeLowNanogramsPerMillilitre"/>) ng/mL.</summary>
    public double LowLevelMultiplier { get; init; } = 0.5;

    /// <summary>Rate multiplier on sirolimus with the level below 1 ng/mL (practically undetectable).</summary>
    public double UndetectableMultiplier { get; init; } = 1.0;

    /// <summary>The lowest level counted as in range, ng/mL (the paper's 3).</summary>
    public double InRangeLowNanogramsPerMillilitre { get; init; } = 3.0;

    /// <summary>Share of patients never treated.</summary>
    public double NeverTreatedShare { get; init; } = 0.1;

    /// <summary>Stops per person-year on sirolimus.</summary>
    public double DiscontinuationRatePerYear { get; init; } = 0.12;

    /// <summary>Share of stops followed by a restart (an interruption) after 3–12 months.</summary>
    public double RestartShare { get; init; } = 0.4;

    /// <summary>Share of patients given an interacting drug for 3–9 months while on sirolimus.</summary>
    public double InteractingDrugShare { get; init; } = 0.15;

    /// <summary>Mean time to dropout, years (exponential); follow-up also ends at the study end.</summary>
    public double MeanYearsToDropout { get; init; } = 10.0;

    /// <summary>Trough level per mg/day of dose at median, ng/mL per (mg/day).</summary>
    public double LevelPerMilligramPerDay { get; init; } = 3.0;

    /// <summary>Days between trough measurements on sirolimus.</summary>
    public int TroughIntervalDays { get; init; } = 90;

    /// <summary>One line with every parameter, in the invariant culture.</summary>
    public override string ToString() => string.Create(CultureInfo.InvariantCulture,
        $"untreated rate {UntreatedRatePerYear}/person-year; on-sirolimus multipliers: >= {InRangeLowNanogramsPerMillilitre} ng/mL x{InRangeMultiplier}, 1-{InRangeLowNanogramsPerMillilitre} ng/mL x{LowLevelMultiplier}, < 1 ng/mL x{UndetectableMultiplier}; never treated {NeverTreatedShare:P0}; discontinuation {DiscontinuationRatePerYear}/year, restart {RestartShare:P0}; interacting drug {InteractingDrugShare:P0}; mean years to dropout {MeanYearsToDropout}; level {LevelPerMilligramPerDay} ng/mL per mg/day; troughs every {TroughIntervalDays} days");
}
