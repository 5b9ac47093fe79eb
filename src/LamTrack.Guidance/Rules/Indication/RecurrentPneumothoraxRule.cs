using LamTrack.Guidance.Findings;

namespace LamTrack.Guidance.Rules.Indication;

/// <summary>LAM-IND-005: recurrent pneumothorax (two or more episodes): sirolimus to prevent recurrence, on case-series evidence.</summary>
internal sealed class RecurrentPneumothoraxRule() : RuleBase("LAM-IND-005")
{
    public override RuleOutcome Evaluate(GuidanceContext context)
    {
        var episodes = context.Timeline.Episodes;
        if (episodes.Count < 2)
        {
            return Nothing();
        }

        var data = episodes.Select(e => PatientTimeline.Point(e, "pneumothorax", e.Side.ToString())).ToList();
        return Found(IndicationText.Met(context, Severity.Consider, Inv($"recurrent pneumothorax ({episodes.Count} episodes)"),
            "Case series: no pneumothorax during sirolimus in five women with recurrent pneumothorax, recurrence after stopping or at very low levels; LAM-CHINA 2022 reports HR 0.20 for recurrence on sirolimus.",
            data));
    }
}
