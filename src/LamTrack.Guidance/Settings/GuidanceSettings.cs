using System.Globalization;
using LamTrack.Guidance.Catalogue;
using LamTrack.Measures.Quantities;

namespace LamTrack.Guidance.Settings;

/// <summary>The thresholds, target windows and monitoring intervals the rules compare against, with documented defaults.</summary>
/// <remarks>
/// Every default names its source and verification tag (see <see cref="Describe"/> and docs/guidance.md). A rule that
/// uses a setting whose default is [S] or [UNVERIFIED] adds that caveat to each of its findings
/// (<see cref="CaveatFor"/>). Call <see cref="Validate"/> before use: the engine does so at construction.
/// </remarks>
public sealed record GuidanceSettings
{
    /// <summary>The defaults.</summary>
    public static GuidanceSettings Default { get; } = new();

    /// <summary>The trough target window; default the label's 5–15 ng/mL [L].</summary>
    public TroughWindow TargetWindow { get; init; } = TroughWindow.Label;

    /// <summary>A trough below this is "very low or undetectable"; default 1 ng/mL [UNVERIFIED] (case 4 recurred at 0.01 ng/mL).</summary>
    public MassConcentration VeryLowTrough { get; init; } = MassConcentration.FromNanogramsPerMillilitre(1.0);

    /// <summary>FEV1 below this % predicted is abnormal lung function; default 70 % [S].</summary>
    public PercentPredicted Fev1PercentPredictedThreshold { get; init; } = PercentPredicted.FromPercent(70);

    /// <summary>An FEV1 decline at least this fast (slope ≤ −value) is rapid; default 90 mL/year [S].</summary>
    public VolumeChangeRate Fev1DeclineThreshold { get; init; } = VolumeChangeRate.FromMillilitresPerYear(90);

    /// <summary>The FEV1 measurements used for a slope must span at least this many days; default 180 [UNVERIFIED].</summary>
    public int Fev1SlopeMinimumSpanDays { get; init; } = 180;

    /// <summary>An angiomyolipoma or lymphangioleiomyoma larger than this is an indication; default 3 cm [S].</summary>
    public Length LesionSizeThreshold { get; init; } = Length.FromCentimetres(3);

    /// <summary>A serum VEGF-D at or above this is diagnostic with characteristic HRCT; default 800 pg/mL [P].</summary>
    public MassConcentration VegfDDiagnosticThreshold { get; init; } = MassConcentration.FromPicogramsPerMillilitre(800);

    /// <summary>When to draw the first trough after a start or dose change; default 10–20 days [L].</summary>
    public DayWindow FirstTroughDays { get; init; } = DayWindow.Create("firstTroughDays", 10, 20);

    /// <summary>The interval to keep a dose before the next adjustment; default 7–14 days [L].</summary>
    public DayWindow DaysBetweenAdjustments { get; init; } = DayWindow.Create("daysBetweenAdjustments", 7, 14);

    /// <summary>The longest gap between troughs once stable, in months; default 3 [L].</summary>
    public int StableMonitoringIntervalMonths { get; init; } = 3;

    /// <summary>Draw a trough within this many days of an interacting drug's start or stop; default 7 [UNVERIFIED].</summary>
    public int InteractionTroughWithinDays { get; init; } = 7;

    /// <summary>An interacting drug's start or stop is reported for this many days, or until a later trough; default 30 [UNVERIFIED].</summary>
    public int InteractionLookbackDays { get; init; } = 30;

    /// <summary>Contraception continues this many weeks after the last dose; default 12 [S].</summary>
    public int ContraceptionAfterStopWeeks { get; init; } = 12;

    /// <summary>Days before planned major surgery to hold sirolimus; default 5–10 [UNVERIFIED].</summary>
    public DayWindow SurgeryHoldDays { get; init; } = DayWindow.Create("surgeryHoldDays", 5, 10);

    /// <summary>Days sirolimus should have been stopped by transplant listing; default 30 [S] (LAM Foundation).</summary>
    public int TransplantStopBeforeListingDays { get; init; } = 30;

    /// <summary>An adverse event recorded within this many days is reported; default 90 [UNVERIFIED].</summary>
    public int AdverseEventLookbackDays { get; init; } = 90;

    /// <summary>A pneumothorax without a recorded resolution counts as unresolved for this many days, unless a later episode follows; default 30 [UNVERIFIED].</summary>
    public int PneumothoraxAssumedResolvedAfterDays { get; init; } = 30;

    /// <summary>A surgical wound without a recorded healing date counts as unhealed for this many days; default 28 [UNVERIFIED].</summary>
    public int WoundHealingAssumedDays { get; init; } = 28;

    /// <summary>A pregnancy without a recorded end counts as ongoing for this many weeks from its recorded date; default 40 [UNVERIFIED].</summary>
    public int PregnancyWithoutEndAssumedWeeks { get; init; } = 40;

    /// <summary>Checks every setting.</summary>
    /// <exception cref="GuidanceSettingsException">A setting is out of range; every problem is listed with the setting name.</exception>
    public GuidanceSettings Validate()
    {
        var problems = new List<string>();
        RequireRange(problems, "fev1SlopeMinimumSpanDays", Fev1SlopeMinimumSpanDays, 1, 3650);
        RequireRange(problems, "stableMonitoringIntervalMonths", StableMonitoringIntervalMonths, 1, 24);
        RequireRange(problems, "interactionTroughWithinDays", InteractionTroughWithinDays, 1, 90);
        RequireRange(problems, "interactionLookbackDays", InteractionLookbackDays, 1, 365);
        RequireRange(problems, "contraceptionAfterStopWeeks", ContraceptionAfterStopWeeks, 0, 104);
        RequireRange(problems, "transplantStopBeforeListingDays", TransplantStopBeforeListingDays, 0, 365);
        RequireRange(problems, "adverseEventLookbackDays", AdverseEventLookbackDays, 1, 3650);
        RequireRange(problems, "pneumothoraxAssumedResolvedAfterDays", PneumothoraxAssumedResolvedAfterDays, 1, 365);
        RequireRange(problems, "woundHealingAssumedDays", WoundHealingAssumedDays, 1, 365);
        RequireRange(problems, "pregnancyWithoutEndAssumedWeeks", PregnancyWithoutEndAssumedWeeks, 1, 45);
        RequirePositive(problems, "fev1DeclineThresholdMillilitresPerYear", Fev1DeclineThreshold.ToMillilitresPerYear());
        RequirePositive(problems, "lesionSizeThresholdCentimetres", LesionSizeThreshold.ToCentimetres());
        RequirePositive(problems, "vegfDDiagnosticThresholdPicogramsPerMillilitre", VegfDDiagnosticThreshold.ToPicogramsPerMillilitre());
        RequirePositive(problems, "fev1PercentPredictedThreshold", Fev1PercentPredictedThreshold.ToPercent());
        if (VeryLowTrough >= TargetWindow.Low)
        {
            problems.Add($"setting 'veryLowTroughNanogramsPerMillilitre': {VeryLowTrough} is not below the target window's low bound {TargetWindow.Low}");
        }

        return problems.Count > 0 ? throw new GuidanceSettingsException(problems) : this;
    }

    /// <summary>The caveat findings must carry when they use <paramref name="settingName"/>, or <see langword="null"/>.</summary>
    /// <remarks>A [P] or [L] default carries none; a [S] one says "secondary source"; an [UNVERIFIED] one is flagged.</remarks>
    public string? CaveatFor(string settingName)
    {
        SettingInfo info = Describe().FirstOrDefault(s => s.Name == settingName)
            ?? throw new ArgumentException($"unknown setting '{settingName}'", nameof(settingName));
        string? caveat = info.Tag.Caveat();
        return caveat is null ? null : $"setting {info.Name} = {info.Value}: {caveat}";
    }

    /// <summary>Every setting with its current value, default, source and tag.</summary>
    public IReadOnlyList<SettingInfo> Describe() => GuidanceSettingDescriptions.For(this);

    private static void RequireRange(List<string> problems, string name, int value, int min, int max)
    {
        if (value < min || value > max)
        {
            problems.Add(string.Create(CultureInfo.InvariantCulture, $"setting '{name}': {value} is outside [{min}, {max}]"));
        }
    }

    private static void RequirePositive(List<string> problems, string name, double value)
    {
        if (!(value > 0))
        {
            problems.Add(string.Create(CultureInfo.InvariantCulture, $"setting '{name}': {value} must be positive"));
        }
    }
}
