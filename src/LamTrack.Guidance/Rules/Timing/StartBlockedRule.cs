using LamTrack.Domain.Events;
using LamTrack.Guidance.Findings;

namespace LamTrack.Guidance.Rules.Timing;

/// <summary>LAM-TIM-001: do not start sirolimus while a pneumothorax is unresolved or a surgical wound has not healed; sirolimus does not treat an existing pneumothorax.</summary>
internal sealed class StartBlockedRule() : RuleBase("LAM-TIM-001")
{
    private const string NoTreatment = "Sirolimus cannot enhance the absorption of a pneumothorax and cannot achieve the remission of an existing one (case series, Discussion).";

    public override RuleOutcome Evaluate(GuidanceContext context)
    {
        PatientTimeline t = context.Timeline;
        if (t.ActiveCourse is { } course && StartedTooEarly(context, course) is { } early)
        {
            return Found(early);
        }

        PneumothoraxEpisode? open = t.OpenEpisode();
        Intervention? wound = t.UnhealedSurgery();
        if (open is null && wound is null)
        {
            return Nothing();
        }

        var data = Blockers(open, wound);
        return Found(t.OnSirolimus
            ? context.Finding(Severity.Info, "Pneumothorax on sirolimus: sirolimus does not treat the existing pneumothorax.", NoTreatment,
                "Manage the pneumothorax (LAM-PTX-001); continue sirolimus unless a wound is healing, and check the trough.", data, "pneumothoraxAssumedResolvedAfterDays", "woundHealingAssumedDays")
            : context.Finding(Severity.Info, "Do not start sirolimus yet: " + Reason(open, wound) + ".", NoTreatment + " Start once the pneumothorax has resolved and wounds have healed.",
                "Wait for radiographic resolution and wound healing, then start (LAM-TIM-002).", data, "pneumothoraxAssumedResolvedAfterDays", "woundHealingAssumedDays"));
    }

    private static Finding? StartedTooEarly(GuidanceContext context, SirolimusCourse course)
    {
        var atStart = new PatientTimeline(context.Timeline.Patient, course.Date.Midpoint, context.Settings);
        PneumothoraxEpisode? open = atStart.OpenEpisode();
        Intervention? wound = atStart.UnhealedSurgery();
        if ((open is null && wound is null) || context.Timeline.DaysSince(course.Date) > context.Settings.WoundHealingAssumedDays)
        {
            return null;
        }

        var data = Blockers(open, wound);
        data.Insert(0, PatientTimeline.Point(course, "sirolimus started", PatientTimeline.Format(course.StartingDose)));
        return context.Finding(Severity.Warning, "Sirolimus was started while " + Reason(open, wound) + ".", NoTreatment + " Sirolimus impairs wound healing (label 5.6).",
            "Review the start: confirm the pneumothorax has resolved and wounds have healed; consider holding sirolimus until they have.", data, "pneumothoraxAssumedResolvedAfterDays", "woundHealingAssumedDays");
    }

    private static List<DataPoint> Blockers(PneumothoraxEpisode? open, Intervention? wound)
    {
        var data = new List<DataPoint>();
        if (open is not null)
        {
            data.Add(PatientTimeline.Point(open, "pneumothorax, unresolved", open.Resolution is null ? "no resolution recorded" : $"resolves {open.Resolution}"));
        }

        if (wound is not null)
        {
            data.Add(PatientTimeline.Point(wound, "surgery, wound not yet healed", wound.Description ?? wound.Kind.ToString()));
        }

        return data;
    }

    private static string Reason(PneumothoraxEpisode? open, Intervention? wound) =>
        (open, wound) switch
        {
            (not null, not null) => "a pneumothorax is unresolved and a surgical wound has not healed",
            (not null, null) => "a pneumothorax is unresolved",
            _ => "a surgical wound has not healed",
        };
}
