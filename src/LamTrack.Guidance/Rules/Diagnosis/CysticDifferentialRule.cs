using LamTrack.Guidance.Findings;

namespace LamTrack.Guidance.Rules.Diagnosis;

/// <summary>LAM-DX-002: diffuse thin-walled cysts without an established LAM diagnosis call for the differential diagnosis.</summary>
internal sealed class CysticDifferentialRule() : RuleBase("LAM-DX-002")
{
    public const string Differential = "Birt-Hogg-Dube syndrome, pulmonary Langerhans cell histiocytosis, pulmonary bullae, lymphoid interstitial pneumonia, Sjogren syndrome and amyloidosis";

    public override RuleOutcome Evaluate(GuidanceContext context)
    {
        LamDiagnosisAssessment dx = context.Diagnosis;
        if (dx.AnyHrct is null)
        {
            return NotApplicable("missing input: no HRCT is recorded");
        }

        if (dx.Established)
        {
            return NotApplicable($"outside the validity domain: LAM is already established as of {Day(context.Timeline.AsOf)}");
        }

        return Found(context.Finding(Severity.Consider,
            "Cystic lung disease without an established LAM diagnosis: rule out the other diffuse thin-walled cystic diseases.",
            $"The case series (Discussion) lists {Differential} as conditions with diffuse thin-walled cysts on HRCT to rule out after a first pneumothorax.",
            $"Rule out {Differential} (history, skin and kidney examination, serology, HRCT pattern), alongside the LAM pathway (LAM-DX-001).",
            dx.DataPoints()));
    }
}
