using LamTrack.Domain.Events;
using LamTrack.Guidance.Findings;

namespace LamTrack.Guidance.Rules.Indication;

/// <summary>LAM-IND-003: a problematic chylous effusion: sirolimus before invasive management.</summary>
internal sealed class ChylousEffusionRule() : RuleBase("LAM-IND-003")
{
    public override RuleOutcome Evaluate(GuidanceContext context)
    {
        DiagnosisEvidence? effusion = context.Timeline.Known<DiagnosisEvidence>()
            .LastOrDefault(e => e.Kind == EvidenceKind.ChylousEffusion && e.SupportsLam != false);
        if (effusion is null)
        {
            return Nothing();
        }

        return Found(IndicationText.Met(context, Severity.Consider, "chylous effusion",
            "ATS/JRS 2016 R2 (conditional, very low confidence): in selected patients with problematic chylous effusions, sirolimus before invasive management (drainage, pleurodesis, duct ligation).",
            [PatientTimeline.Point(effusion, "chylous effusion", effusion.Finding)]));
    }
}
