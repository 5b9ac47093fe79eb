using LamTrack.Domain.Events;
using LamTrack.Guidance.Findings;

namespace LamTrack.Guidance.Rules.AdverseEvents;

/// <summary>LAM-AE-001 to LAM-AE-006: a recorded sirolimus adverse event of one category, what to monitor and when to act.</summary>
/// <remarks>
/// Applies while sirolimus is taken or within the look-back window after it stopped. An event counts when it is
/// unresolved on the day or began within the look-back window (default 90 days). The hyperlipidaemia rule also
/// reminds of lipid monitoring when no lipid result is recorded in the window.
/// </remarks>
internal sealed class AdverseEventRule(string id, AdverseEventCategory category, Severity severity, string monitor, string act) : RuleBase(id)
{
    public static IReadOnlyList<AdverseEventRule> All { get; } =
    [
        new("LAM-AE-001", AdverseEventCategory.Mucositis, Severity.Info,
            "Mucositis or stomatitis is the most frequent effect (cases 1, 4 and 5; 35.9 % stomatitis in Yoon 2018); it usually eases with time.",
            "Record its severity; treat symptomatically; if it is severe or persists, check the trough and consider a lower dose."),
        new("LAM-AE-002", AdverseEventCategory.MenstrualIrregularity, Severity.Info,
            "Menstrual irregularity (cases 2 and 4) is reported on sirolimus.",
            "Record it; evaluate gynaecologically if heavy or persistent; remind about contraception (LAM-PRG-001)."),
        new("LAM-AE-003", AdverseEventCategory.Hyperlipidaemia, Severity.Consider,
            "Label 5.7: hypertriglyceridaemia and hypercholesterolaemia; new hypercholesterolaemia in 48 % in MLSTS.",
            "Check fasting lipids and treat by lipid guidelines; recheck on treatment."),
        new("LAM-AE-004", AdverseEventCategory.Proteinuria, Severity.Warning,
            "Label 5.9: proteinuria on sirolimus.",
            "Quantify urine protein and check renal function; consider a lower dose or stopping if it rises."),
        new("LAM-AE-005", AdverseEventCategory.Pneumonitis, Severity.Critical,
            "Label 5.11: non-infectious pneumonitis (interstitial lung disease); pneumonitis in 3 of 63 in MLSTS.",
            "Evaluate now (imaging, exclude infection); hold sirolimus while pneumonitis is suspected."),
        new("LAM-AE-006", AdverseEventCategory.DelayedWoundHealing, Severity.Warning,
            "Label 5.6: impaired wound healing; reported in the case series.",
            "Hold sirolimus until the wound has healed; assess for lymphocele or fluid collection."),
    ];

    public override RuleOutcome Evaluate(GuidanceContext context)
    {
        PatientTimeline t = context.Timeline;
        int lookback = context.Settings.AdverseEventLookbackDays;
        bool recentlyOn = t.OnSirolimus || (t.LastCourse?.Stop is { } stop && t.IsKnown(stop) && t.DaysSince(stop) <= lookback);
        if (!recentlyOn)
        {
            return NotOnSirolimus(context);
        }

        var events = t.Known<AdverseEvent>().Where(a => a.Category == category && IsCurrent(t, a, lookback)).ToList();
        if (events.Count > 0)
        {
            bool severe = events.Any(a => string.Equals(a.Severity, "severe", StringComparison.OrdinalIgnoreCase));
            Severity level = severe && severity < Severity.Warning ? Severity.Warning : severity;
            return Found(context.Finding(level, $"{Describe(category)} recorded on sirolimus: {string.Join("; ", events.Select(e => e.Term))}.", monitor, act,
                [.. events.Select(a => PatientTimeline.Point(a, $"adverse event ({a.Category})", a.Term + (a.Severity is null ? string.Empty : $", {a.Severity}")))], "adverseEventLookbackDays"));
        }

        return category == AdverseEventCategory.Hyperlipidaemia && t.OnSirolimus ? LipidReminder(context, lookback) : Nothing();
    }

    private RuleOutcome LipidReminder(GuidanceContext context, int lookback)
    {
        PatientTimeline t = context.Timeline;
        bool recentLipids = t.Known<LabResult>().Any(l => l.Analyte is LabAnalyte.TotalCholesterol or LabAnalyte.Triglycerides && t.DaysSince(l.Date) <= lookback);
        return recentLipids
            ? Nothing()
            : Found(context.Finding(Severity.Info, Inv($"No lipid result in the last {lookback} days on sirolimus."), monitor,
                "Check fasting cholesterol and triglycerides.", [new DataPoint("lipid results in the window", "none", t.AsOf)], "adverseEventLookbackDays"));
    }

    private static bool IsCurrent(PatientTimeline t, AdverseEvent a, int lookback) =>
        t.DaysSince(a.Date) <= lookback || a.Resolution is null || !t.IsKnown(a.Resolution);

    private static string Describe(AdverseEventCategory c) => c switch
    {
        AdverseEventCategory.Mucositis => "Mucositis or stomatitis",
        AdverseEventCategory.MenstrualIrregularity => "Menstrual irregularity",
        AdverseEventCategory.Hyperlipidaemia => "Hyperlipidaemia",
        AdverseEventCategory.Proteinuria => "Proteinuria",
        AdverseEventCategory.Pneumonitis => "Pneumonitis",
        _ => "Delayed wound healing",
    };
}
