using LamTrack.Domain.Events;
using LamTrack.Guidance.Findings;
using LamTrack.Measures.Quantities;

namespace LamTrack.Guidance.Rules.Indication;

/// <summary>LAM-IND-001: FEV1 below 70 % predicted (abnormal lung function) is an indication for sirolimus.</summary>
internal sealed class Fev1BelowThresholdRule() : RuleBase("LAM-IND-001")
{
    public override RuleOutcome Evaluate(GuidanceContext context)
    {
        var latest = context.Timeline.Known<PulmonaryFunctionTest>()
            .Select(p => (Test: p, Fev1: p.Get(PftMeasure.Fev1)?.Predicted))
            .LastOrDefault(x => x.Fev1 is not null);
        if (latest.Test is null)
        {
            return NotApplicable("missing input: no FEV1 % predicted is recorded");
        }

        PercentPredicted fev1 = latest.Fev1!.Value;
        PercentPredicted threshold = context.Settings.Fev1PercentPredictedThreshold;
        if (fev1 >= threshold)
        {
            return Nothing();
        }

        DataPoint point = PatientTimeline.Point(latest.Test, "FEV1", Inv($"{fev1.ToPercent():0.#} % predicted"));
        return Found(IndicationText.Met(context, Severity.Warning, Inv($"FEV1 {fev1.ToPercent():0.#} % predicted, below {threshold.ToPercent():0} %"),
            "ATS/JRS 2016 R1 (strong, moderate confidence): treat LAM with abnormal lung function with sirolimus rather than observe; abnormal = FEV1 below the threshold.",
            [point], "fev1PercentPredictedThreshold"));
    }
}
