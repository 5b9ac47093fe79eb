using LamTrack.Guidance.Findings;

namespace LamTrack.Guidance.Rules.Diagnosis;

/// <summary>LAM-DX-001: the ATS/JRS pathway — characteristic HRCT plus a confirmatory feature; otherwise VEGF-D; otherwise biopsy.</summary>
internal sealed class DiagnosticPathwayRule() : RuleBase("LAM-DX-001")
{
    public override RuleOutcome Evaluate(GuidanceContext context)
    {
        LamDiagnosisAssessment dx = context.Diagnosis;
        if (dx.CharacteristicHrct is null && dx.SupportingBiopsy is null && dx.RecordedDiagnosis is null)
        {
            return NotApplicable("missing input: no HRCT with cysts characteristic of LAM is recorded");
        }

        string threshold = Inv($"{context.Settings.VegfDDiagnosticThreshold.ToPicogramsPerMillilitre():0} pg/mL");
        return Found(dx.Established ? Established(context, dx, threshold) : NextStep(context, dx, threshold));
    }

    private static Finding Established(GuidanceContext context, LamDiagnosisAssessment dx, string threshold)
    {
        string basis = dx.SupportingBiopsy is not null ? "histopathology supporting LAM"
            : dx.ConfirmatoryFeature is not null ? $"characteristic HRCT plus a confirmatory feature ({dx.ConfirmatoryFeature.Kind})"
            : dx.VegfDDiagnostic ? $"characteristic HRCT plus serum VEGF-D at or above {threshold}"
            : "a recorded diagnosis";
        return context.Finding(Severity.Info, $"LAM diagnosis established by {basis}.",
            "ATS/JRS pathway: characteristic HRCT with TSC, angiomyolipoma, chylous effusion or lymphangioleiomyoma; otherwise VEGF-D; otherwise biopsy.",
            "No further diagnostic test is needed for LAM; record the basis of the diagnosis.", dx.DataPoints(), "vegfDDiagnosticThresholdPicogramsPerMillilitre");
    }

    private static Finding NextStep(GuidanceContext context, LamDiagnosisAssessment dx, string threshold)
    {
        bool vegfDone = dx.VegfD is not null;
        string message = vegfDone
            ? $"Characteristic HRCT without a confirmatory feature, and VEGF-D below {threshold}: the diagnosis needs tissue."
            : "Characteristic HRCT without a confirmatory feature: LAM should not be diagnosed on HRCT alone.";
        string action = vegfDone
            ? "Consider transbronchial lung biopsy (ATS/JRS 2017, conditional); surgical lung biopsy comes last."
            : $"Measure serum VEGF-D before considering a lung biopsy (ATS/JRS 2016 R5, strong); at or above {threshold} it is diagnostic.";
        return context.Finding(Severity.Consider, message,
            "No TSC, angiomyolipoma, chylous effusion or lymphangioleiomyoma is recorded as supporting LAM.", action, dx.DataPoints(), "vegfDDiagnosticThresholdPicogramsPerMillilitre");
    }
}
