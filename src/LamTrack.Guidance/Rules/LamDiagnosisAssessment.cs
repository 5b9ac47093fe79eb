using System.Globalization;
using LamTrack.Domain.Events;
using LamTrack.Guidance.Findings;
using LamTrack.Measures.Quantities;

namespace LamTrack.Guidance.Rules;

/// <summary>Where a patient stands on the ATS/JRS diagnostic pathway as of the day.</summary>
/// <remarks>
/// Pathway (ATS/JRS 2016 R5 and Table 1; 2017 Q1–Q2): characteristic HRCT plus a confirmatory feature (TSC,
/// angiomyolipoma, chylous effusion, lymphangioleiomyoma) gives a clinical diagnosis; otherwise serum VEGF-D at or
/// above the threshold (default 800 pg/mL, Young 2010); otherwise biopsy. A histopathology report supporting LAM, or
/// a recorded diagnosis, establishes it too. A retroperitoneal mass recorded as supporting LAM is read as a
/// lymphangioleiomyoma.
/// </remarks>
internal sealed record LamDiagnosisAssessment(
    DiagnosisEvidence? CharacteristicHrct,
    DiagnosisEvidence? AnyHrct,
    DiagnosisEvidence? ConfirmatoryFeature,
    DiagnosisEvidence? SupportingBiopsy,
    DiagnosisEvidence? RecordedDiagnosis,
    LabResult? VegfD,
    bool VegfDDiagnostic)
{
    public bool Established => RecordedDiagnosis is not null || SupportingBiopsy is not null
        || (CharacteristicHrct is not null && (ConfirmatoryFeature is not null || VegfDDiagnostic));

    public static LamDiagnosisAssessment Of(PatientTimeline timeline, MassConcentration vegfDThreshold)
    {
        var evidence = timeline.Known<DiagnosisEvidence>().ToList();
        LabResult? vegfD = timeline.Known<LabResult>().LastOrDefault(l => l.Analyte == LabAnalyte.VegfD);
        bool diagnostic = vegfD is not null && vegfD.Value.ToMassConcentration() >= vegfDThreshold;
        return new LamDiagnosisAssessment(
            evidence.FirstOrDefault(e => e.Kind == EvidenceKind.Hrct && e.SupportsLam == true),
            evidence.FirstOrDefault(e => e.Kind == EvidenceKind.Hrct),
            evidence.FirstOrDefault(IsConfirmatory),
            evidence.FirstOrDefault(e => e.Kind == EvidenceKind.Histopathology && e.SupportsLam == true),
            evidence.FirstOrDefault(e => e.Kind == EvidenceKind.Diagnosis && e.SupportsLam == true),
            vegfD,
            diagnostic);
    }

    public IReadOnlyList<DataPoint> DataPoints()
    {
        var points = new List<DataPoint>();
        Add(points, CharacteristicHrct ?? AnyHrct, "HRCT");
        Add(points, ConfirmatoryFeature, "confirmatory feature");
        Add(points, SupportingBiopsy, "histopathology");
        Add(points, RecordedDiagnosis, "recorded diagnosis");
        if (VegfD is not null)
        {
            string value = string.Create(CultureInfo.InvariantCulture, $"{VegfD.Value.ToMassConcentration().ToPicogramsPerMillilitre():0.##} pg/mL");
            points.Add(PatientTimeline.Point(VegfD, "serum VEGF-D", value));
        }

        return points;
    }

    private static bool IsConfirmatory(DiagnosisEvidence e) => e.SupportsLam == true && e.Kind is
        EvidenceKind.TscStatus or EvidenceKind.Angiomyolipoma or EvidenceKind.ChylousEffusion or EvidenceKind.Lymphangioleiomyoma or EvidenceKind.RetroperitonealMass;

    private static void Add(List<DataPoint> points, DiagnosisEvidence? e, string name)
    {
        if (e is not null)
        {
            points.Add(PatientTimeline.Point(e, $"{name}: {e.Kind}", e.Finding));
        }
    }
}
