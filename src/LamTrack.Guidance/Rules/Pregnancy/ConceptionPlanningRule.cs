using LamTrack.Domain.Events;
using LamTrack.Guidance.Findings;

namespace LamTrack.Guidance.Rules.Pregnancy;

/// <summary>LAM-PRG-002: planning conception means discussing stopping sirolimus and the relapse risk (case 2).</summary>
/// <remarks>Read from a sirolimus stop reason or a condition that mentions conceiving or planning a pregnancy.</remarks>
internal sealed class ConceptionPlanningRule() : RuleBase("LAM-PRG-002")
{
    private const string Reasoning = "Case 2 stopped sirolimus without advice because she was planning to conceive; three months later pneumothorax recurred (left, then twice right). The label advises contraception until 12 weeks after the last dose, and pregnancy itself raises the risk of pneumothorax (case 1).";

    public override RuleOutcome Evaluate(GuidanceContext context)
    {
        PatientTimeline t = context.Timeline;
        SirolimusCourse? stopped = t.LastCourse is { Stop: { } stop } c && t.IsKnown(stop) && Mentions(c.StopReason) && t.ActiveCourse is null ? c : null;
        Condition? plan = t.Known<Condition>().LastOrDefault(x => Mentions(x.Name) && (x.Resolution is null || !t.IsKnown(x.Resolution)));
        if (stopped is not null)
        {
            return Found(context.Finding(Severity.Warning, $"Sirolimus stopped on {stopped.Stop} to conceive: high risk of pneumothorax relapse.", Reasoning,
                "Review now: discuss the relapse risk and the timing of conception, safety-net advice for chest pain or dyspnoea, lung function and a plan to restart sirolimus after the pregnancy.",
                [PatientTimeline.Point(stopped.Stop!, $"sirolimus stopped ({stopped.Id})", stopped.StopReason!)]));
        }

        if (plan is null)
        {
            return Nothing();
        }

        return Found(context.Finding(Severity.Consider, "The patient is planning a pregnancy.", Reasoning,
            t.OnSirolimus
                ? "Discuss stopping sirolimus at least 12 weeks before conception against the relapse risk; agree a monitoring plan before stopping."
                : "Discuss the pneumothorax risk of pregnancy and the monitoring plan.",
            [PatientTimeline.Point(plan, "condition", plan.Name)]));
    }

    private static bool Mentions(string? text) =>
        text is not null && (text.Contains("conceiv", StringComparison.OrdinalIgnoreCase) || text.Contains("concept", StringComparison.OrdinalIgnoreCase)
            || text.Contains("planning pregnancy", StringComparison.OrdinalIgnoreCase) || text.Contains("planning a pregnancy", StringComparison.OrdinalIgnoreCase));
}
