using LamTrack.Domain.Events;
using LamTrack.Guidance.Findings;

namespace LamTrack.Guidance.Rules.Indication;

/// <summary>LAM-IND-004: an angiomyolipoma or lymphangioleiomyoma larger than 3 cm.</summary>
/// <remarks>A retroperitoneal mass recorded as supporting LAM is read as a lymphangioleiomyoma. A lesion resected later is reported with the resection, since the indication then rests on residual disease.</remarks>
internal sealed class LargeLesionRule() : RuleBase("LAM-IND-004")
{
    public override RuleOutcome Evaluate(GuidanceContext context)
    {
        var lesions = context.Timeline.Known<DiagnosisEvidence>().Where(IsLesion).ToList();
        if (lesions.Count == 0)
        {
            return Nothing();
        }

        DiagnosisEvidence? sized = lesions.Where(l => l.LargestDiameter is not null).MaxBy(l => l.LargestDiameter!.Value);
        if (sized is null)
        {
            return NotApplicable($"missing input: {lesions[0].Kind} recorded ({lesions[0].Id}) without its largest diameter");
        }

        var size = sized.LargestDiameter!.Value;
        if (size <= context.Settings.LesionSizeThreshold)
        {
            return Nothing();
        }

        var data = new List<DataPoint> { PatientTimeline.Point(sized, $"{sized.Kind}, largest diameter", Inv($"{size.ToCentimetres():0.#} cm")) };
        Intervention? resection = context.Timeline.Known<Intervention>().LastOrDefault(i => i.Kind == InterventionKind.OtherSurgery && i.Date >= sized.Date);
        string note = resection is null ? string.Empty : " A later resection is recorded: check for residual or recurrent lesions before relying on this criterion.";
        if (resection is not null)
        {
            data.Add(PatientTimeline.Point(resection, "surgery", resection.Description ?? resection.Kind.ToString()));
        }

        return Found(IndicationText.Met(context, Severity.Consider, Inv($"{sized.Kind} of {size.ToCentimetres():0.#} cm, larger than {context.Settings.LesionSizeThreshold.ToCentimetres():0} cm"),
            "Chinese expert consensus indication (4): renal angiomyolipoma or retroperitoneal/pelvic lymphangioleiomyoma with the largest lesion above the threshold." + note,
            data, "lesionSizeThresholdCentimetres"));
    }

    private static bool IsLesion(DiagnosisEvidence e) =>
        e.Kind is EvidenceKind.Angiomyolipoma or EvidenceKind.Lymphangioleiomyoma
        || (e.Kind == EvidenceKind.RetroperitonealMass && e.SupportsLam == true);
}
