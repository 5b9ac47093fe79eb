using LamTrack.Domain.Events;
using LamTrack.Guidance.Findings;

namespace LamTrack.Guidance.Rules.Trough;

/// <summary>LAM-TRO-003: a trough above the chosen window: toxicity (case 4: above 15 ng/mL with joint pain).</summary>
internal sealed class HighTroughRule() : RuleBase("LAM-TRO-003")
{
    public override RuleOutcome Evaluate(GuidanceContext context)
    {
        PatientTimeline t = context.Timeline;
        (TroughLevel? current, RuleOutcome? notApplicable) = CurrentTrough(context);
        if (current is not { } trough)
        {
            return notApplicable!;
        }

        if (!LatestTrough.IsAbove(trough, context))
        {
            return Nothing();
        }

        int lookback = context.Settings.AdverseEventLookbackDays;
        var data = new List<DataPoint> { PatientTimeline.Point(trough, "sirolimus trough", trough.Result.ToString()) };
        var events = t.Known<AdverseEvent>().Where(a => Math.Abs(a.Date.DaysUntil(trough.Date)) <= lookback).ToList();
        data.AddRange(events.Select(a => PatientTimeline.Point(a, $"adverse event ({a.Category})", a.Term)));
        var stoppedInducers = Interaction.PerpetratorMatches.Known(context)
            .Where(x => x.Perpetrator.Effect == Interactions.InteractionEffect.Inducer && x.Medication.Stop is { } s && t.IsKnown(s) && s.DaysUntil(trough.Date) is >= 0 and <= 90);
        data.AddRange(stoppedInducers.Select(x => PatientTimeline.Point(x.Medication.Stop!, $"inducer stopped ({x.Medication.Id})", x.Medication.Therapy)));
        string symptoms = events.Count == 0 ? string.Empty : $" with {string.Join(", ", events.Select(e => e.Term))}";
        return Found(context.Finding(Severity.Warning, $"Sirolimus trough {trough.Result} is above the {context.Settings.TargetWindow} window{symptoms}.",
            "Above the target window the risk of adverse effects rises (case 4: swollen, painful ankles and fingers at > 15 ng/mL a month after anti-tuberculosis therapy stopped).",
            "Look for a stopped inducer or a new inhibitor; reduce the dose in proportion (new = current x target / measured) and recheck the trough 10-20 days after the change.",
            data, "targetWindow", "adverseEventLookbackDays"));
    }
}
