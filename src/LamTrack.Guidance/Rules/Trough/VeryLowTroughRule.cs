using LamTrack.Domain.Events;
using LamTrack.Guidance.Findings;

namespace LamTrack.Guidance.Rules.Trough;

/// <summary>LAM-TRO-002: an undetectable or very low trough: adherence, an interaction, and the risk of recurrence.</summary>
internal sealed class VeryLowTroughRule() : RuleBase("LAM-TRO-002")
{
    public override RuleOutcome Evaluate(GuidanceContext context)
    {
        PatientTimeline t = context.Timeline;
        (TroughLevel? current, RuleOutcome? notApplicable) = CurrentTrough(context);
        if (current is not { } trough)
        {
            return notApplicable!;
        }

        if (!LatestTrough.IsVeryLow(trough, context))
        {
            return Nothing();
        }

        var data = new List<DataPoint> { PatientTimeline.Point(trough, "sirolimus trough", trough.Result.ToString()) };
        data.AddRange(Interaction.PerpetratorMatches.Ongoing(context).Select(x => PatientTimeline.Point(x.Medication, $"ongoing {x.Perpetrator.Effect.ToString().ToLowerInvariant()}", x.Medication.Therapy)));
        PneumothoraxEpisode? open = t.OpenEpisode();
        if (open is not null)
        {
            data.Add(PatientTimeline.Point(open, "pneumothorax, unresolved", open.Side.ToString()));
        }

        return Found(context.Finding(open is null ? Severity.Warning : Severity.Critical,
            $"Sirolimus trough {trough.Result} is undetectable or very low{(open is null ? string.Empty : ", with a pneumothorax")}.",
            Inv($"Below {PatientTimeline.Format(context.Settings.VeryLowTrough)}. In the case series, pneumothorax recurred when sirolimus was stopped or the level was markedly low (case 4: 0.01 ng/mL on anti-tuberculosis therapy)."),
            "Check adherence and timing of the sample; look for an inducer (rifamycins, anti-epileptics, St John's wort); raise the dose under close trough monitoring and recheck within about a week.",
            data, "veryLowTroughNanogramsPerMillilitre"));
    }
}
