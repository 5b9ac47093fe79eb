using LamTrack.Domain.Events;
using LamTrack.Guidance.Findings;

namespace LamTrack.Guidance.Rules.Pneumothorax;

/// <summary>LAM-PTX-003: the case series' caution about talc as the pleurodesis agent.</summary>
internal sealed class TalcCautionRule() : RuleBase("LAM-PTX-003")
{
    private const string Reasoning = "Case series: no patient received talc pleurodesis because talc exposure may increase the risk of lung cancer; autologous blood or hypertonic glucose were used as sclerosing agents.";

    public override RuleOutcome Evaluate(GuidanceContext context)
    {
        PatientTimeline t = context.Timeline;
        if (t.Episodes.Count == 0)
        {
            return NotApplicable("missing input: no pneumothorax is recorded");
        }

        Intervention? talc = t.Known<Intervention>().LastOrDefault(i => i.Kind == InterventionKind.ChemicalPleurodesis
            && (i.Agent ?? string.Empty).Contains("talc", StringComparison.OrdinalIgnoreCase));
        if (talc is not null)
        {
            return Found(context.Finding(Severity.Info, "Talc pleurodesis recorded: the case series avoided talc.", Reasoning,
                "Record the talc exposure; no change to sirolimus is implied.", [PatientTimeline.Point(talc, "chemical pleurodesis", talc.Agent!)]));
        }

        bool anyPleurodesis = t.Known<Intervention>().Any(i => i.Kind is InterventionKind.ChemicalPleurodesis or InterventionKind.SurgicalPleurodesis);
        if (anyPleurodesis && t.OpenEpisode() is null)
        {
            return Nothing();
        }

        return Found(context.Finding(Severity.Info, "If chemical pleurodesis is chosen, consider a non-talc agent.", Reasoning,
            "Prefer autologous blood or hypertonic glucose as the sclerosing agent, as in the case series.",
            [PatientTimeline.Point(t.Episodes[^1], "latest pneumothorax", t.Episodes[^1].Side.ToString())]));
    }
}
