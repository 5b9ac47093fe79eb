using LamTrack.Domain.Events;
using LamTrack.Guidance.Findings;
using NodaTime;

namespace LamTrack.Guidance.Rules.Pregnancy;

/// <summary>LAM-PRG-001: effective contraception before, during and for 12 weeks after sirolimus.</summary>
internal sealed class ContraceptionRule() : RuleBase("LAM-PRG-001")
{
    public override RuleOutcome Evaluate(GuidanceContext context)
    {
        PatientTimeline t = context.Timeline;
        if (t.OngoingPregnancy() is not null)
        {
            return NotApplicable("outside the validity domain: the patient is pregnant (see LAM-PRG-003)");
        }

        int weeks = context.Settings.ContraceptionAfterStopWeeks;
        SirolimusCourse? course = t.ActiveCourse ?? t.LastCourse;
        if (course is null)
        {
            return Nothing();
        }

        bool active = t.ActiveCourse is not null;
        LocalDate? until = course.Stop?.Midpoint.PlusWeeks(weeks);
        if (!active && (until is null || t.AsOf > until))
        {
            return Nothing();
        }

        string message = active
            ? $"On sirolimus: effective contraception is needed now and for {weeks} weeks after the last dose."
            : $"Sirolimus stopped on {course.Stop}: effective contraception until {Day(until!.Value)} ({weeks} weeks after the last dose).";
        return Found(context.Finding(Severity.Info, message,
            "Label: effective contraception before, during and for 12 weeks after therapy; sirolimus can cause fetal harm. ATS patient information (secondary): avoid oestrogen-containing contraception; barrier, progestogen-only methods or tubal ligation are preferred.",
            "Confirm an effective, oestrogen-free contraceptive method and record it.",
            [PatientTimeline.Point(course, active ? "sirolimus course" : "sirolimus stopped", active ? PatientTimeline.Format(t.ActiveCourse!.DoseOn(t.AsOf)) : course.StopReason ?? "stopped")],
            "contraceptionAfterStopWeeks"));
    }
}
