using LamTrack.Analytics.Synthesis;

namespace LamTrack.Application.Synthesis;

/// <summary>The parameters of a synthetic cohort a user may set; the rest keep the defaults of
/// <see cref="SyntheticCohortParameters"/>, which documents the recurrent-event model and why its defaults are
/// illustrative (near the case series' 1.7 episodes per person-year before sirolimus and LAM-CHINA's hazard ratio of 0.20).</summary>
/// <param name="UntreatedRatePerYear">Pneumothorax episodes per person-year off sirolimus.</param>
/// <param name="InRangeMultiplier">Rate multiplier on sirolimus with the trough at or above 3 ng/mL.</param>
/// <param name="LowLevelMultiplier">Rate multiplier on sirolimus with the trough in [1, 3) ng/mL.</param>
/// <param name="UndetectableMultiplier">Rate multiplier on sirolimus with the trough below 1 ng/mL.</param>
public sealed record SyntheticCohortSettings(double UntreatedRatePerYear, double InRangeMultiplier, double LowLevelMultiplier, double UndetectableMultiplier)
{
    private static readonly SyntheticCohortParameters s_defaults = new();

    /// <summary>The model's defaults.</summary>
    public static SyntheticCohortSettings Defaults { get; } = new(s_defaults.UntreatedRatePerYear, s_defaults.InRangeMultiplier,
        s_defaults.LowLevelMultiplier, s_defaults.UndetectableMultiplier);

    /// <summary>The full parameter set these settings give.</summary>
    public SyntheticCohortParameters ToParameters() => s_defaults with
    {
        UntreatedRatePerYear = UntreatedRatePerYear,
        InRangeMultiplier = InRangeMultiplier,
        LowLevelMultiplier = LowLevelMultiplier,
        UndetectableMultiplier = UndetectableMultiplier,
    };

    /// <summary>Every parameter with its value, printed with each run so that the cohort can be regenerated.</summary>
    public string Describe() => ToParameters().ToString();
}
