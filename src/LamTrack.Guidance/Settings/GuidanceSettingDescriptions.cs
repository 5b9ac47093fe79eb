using System.Globalization;
using LamTrack.Guidance.Catalogue;

namespace LamTrack.Guidance.Settings;

/// <summary>The documentation of every guidance setting: value, default, source and verification tag.</summary>
/// <remarks>Table-driven on purpose: one row per setting, so the method is longer than the house target.</remarks>
internal static class GuidanceSettingDescriptions
{
    private const string Label = "Rapamune EU SmPC, sporadic LAM posology";

    public static IReadOnlyList<SettingInfo> For(GuidanceSettings s)
    {
        GuidanceSettings d = GuidanceSettings.Default;
        return
        [
            new("targetWindow", s.TargetWindow.ToString(), d.TargetWindow.ToString(), s.TargetWindow.Source.Tag, s.TargetWindow.Source.ToString(), "trough target window; published choices: label 5-15, case-series 3-10, chinese-consensus 5-10 ng/mL"),
            new("veryLowTroughNanogramsPerMillilitre", Ng(s.VeryLowTrough.ToNanogramsPerMillilitre()), Ng(d.VeryLowTrough.ToNanogramsPerMillilitre()), VerificationTag.Unverified, "our threshold; the case series reports recurrence at 0.01 ng/mL ('undetectable')", "below it a trough is very low or undetectable (adherence, interaction, recurrence risk)"),
            new("fev1PercentPredictedThreshold", Pct(s), Pct(d), VerificationTag.Secondary, "ATS/JRS 2016 as summarised by secondary sources; Chinese consensus", "FEV1 below it is abnormal lung function (sirolimus indicated)"),
            new("fev1DeclineThresholdMillilitresPerYear", Inv($"{s.Fev1DeclineThreshold.ToMillilitresPerYear()} mL/year"), Inv($"{d.Fev1DeclineThreshold.ToMillilitresPerYear()} mL/year"), VerificationTag.Secondary, "Chinese expert consensus 2019 (not confirmed as ATS/JRS)", "an FEV1 slope at or below minus this value is a rapid decline"),
            new("fev1SlopeMinimumSpanDays", Days(s.Fev1SlopeMinimumSpanDays), Days(d.Fev1SlopeMinimumSpanDays), VerificationTag.Unverified, "our assumption: a slope over a shorter span is mostly measurement noise", "the FEV1 measurements used for a slope must span at least this"),
            new("lesionSizeThresholdCentimetres", Inv($"{s.LesionSizeThreshold.ToCentimetres()} cm"), Inv($"{d.LesionSizeThreshold.ToCentimetres()} cm"), VerificationTag.Secondary, "Chinese expert consensus 2019, indication (4)", "an angiomyolipoma or lymphangioleiomyoma larger than this is an indication"),
            new("vegfDDiagnosticThresholdPicogramsPerMillilitre", Inv($"{s.VegfDDiagnosticThreshold.ToPicogramsPerMillilitre()} pg/mL"), Inv($"{d.VegfDDiagnosticThreshold.ToPicogramsPerMillilitre()} pg/mL"), VerificationTag.Primary, "Young 2010, Chest 138:674 (> 800 pg/mL diagnostically specific)", "VEGF-D at or above it with characteristic HRCT establishes LAM"),
            new("firstTroughDays", s.FirstTroughDays.ToString(), d.FirstTroughDays.ToString(), VerificationTag.Label, Label, "when to draw the first trough after a start or dose change"),
            new("daysBetweenAdjustments", s.DaysBetweenAdjustments.ToString(), d.DaysBetweenAdjustments.ToString(), VerificationTag.Label, Label, "how long to keep a dose before the next adjustment"),
            new("stableMonitoringIntervalMonths", Inv($"{s.StableMonitoringIntervalMonths} months"), Inv($"{d.StableMonitoringIntervalMonths} months"), VerificationTag.Label, Label, "longest gap between troughs once stable"),
            new("interactionTroughWithinDays", Days(s.InteractionTroughWithinDays), Days(d.InteractionTroughWithinDays), VerificationTag.Unverified, "'about a week' from the LamTrack requirements; not found in a source", "draw a trough within this after an interacting drug starts or stops"),
            new("interactionLookbackDays", Days(s.InteractionLookbackDays), Days(d.InteractionLookbackDays), VerificationTag.Unverified, "our assumption", "how long a start or stop of an interacting drug stays a finding (or until a later trough)"),
            new("contraceptionAfterStopWeeks", Inv($"{s.ContraceptionAfterStopWeeks} weeks"), Inv($"{d.ContraceptionAfterStopWeeks} weeks"), VerificationTag.Secondary, "Rapamune label via drugs.com", "contraception continues this long after the last dose"),
            new("surgeryHoldDays", s.SurgeryHoldDays.ToString(), d.SurgeryHoldDays.ToString(), VerificationTag.Unverified, "transplant literature quoted in a forum; original not identified; no LAM consensus found", "days before planned major surgery to hold sirolimus"),
            new("transplantStopBeforeListingDays", Days(s.TransplantStopBeforeListingDays), Days(d.TransplantStopBeforeListingDays), VerificationTag.Secondary, "The LAM Foundation, lung transplantation page", "sirolimus stopped at least this long before transplant listing"),
            new("pneumothoraxAssumedResolvedAfterDays", Days(s.PneumothoraxAssumedResolvedAfterDays), Days(d.PneumothoraxAssumedResolvedAfterDays), VerificationTag.Unverified, "our assumption for records that do not state when an episode resolved", "an episode without a recorded resolution counts as unresolved this long (unless a later episode follows)"),
            new("woundHealingAssumedDays", Days(s.WoundHealingAssumedDays), Days(d.WoundHealingAssumedDays), VerificationTag.Unverified, "our assumption; no sourced healing time", "a surgical wound without a recorded end counts as unhealed this long"),
            new("pregnancyWithoutEndAssumedWeeks", Inv($"{s.PregnancyWithoutEndAssumedWeeks} weeks"), Inv($"{d.PregnancyWithoutEndAssumedWeeks} weeks"), VerificationTag.Unverified, "our assumption: full term counted from the recorded date", "a pregnancy without a recorded end counts as ongoing this long"),
            new("adverseEventLookbackDays", Days(s.AdverseEventLookbackDays), Days(d.AdverseEventLookbackDays), VerificationTag.Unverified, "our assumption", "an adverse event recorded within this many days is reported"),
        ];
    }

    private static string Ng(double value) => Inv($"{value} ng/mL");

    private static string Pct(GuidanceSettings s) => Inv($"{s.Fev1PercentPredictedThreshold.ToPercent()} % predicted");

    private static string Days(int days) => Inv($"{days} days");

    private static string Inv(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
