using LamTrack.Domain.Events;
using LamTrack.Domain.Patients;
using LamTrack.Fhir.Terminology;

namespace LamTrack.Fhir.Mapping;

/// <summary>The tables that give each LamTrack enum value its code (docs/fhir.md, mapping table). Each table is
/// read both ways: export looks up by value, import by code.</summary>
internal static class DomainCodes
{
    public static readonly IReadOnlyDictionary<InterventionKind, TerminologyCode> Interventions = new Dictionary<InterventionKind, TerminologyCode>
    {
        [InterventionKind.Observation] = RegistryCodes.ConservativeObservation,
        [InterventionKind.SupplementalOxygen] = SnomedCodes.OxygenTherapy,
        [InterventionKind.ChestTubeDrainage] = SnomedCodes.ChestTubeDrainage,
        [InterventionKind.ChemicalPleurodesis] = RegistryCodes.ChemicalPleurodesis,
        [InterventionKind.SurgicalPleurodesis] = RegistryCodes.SurgicalPleurodesis,
        [InterventionKind.Bullectomy] = RegistryCodes.Bullectomy,
        [InterventionKind.OtherSurgery] = RegistryCodes.OtherSurgery,
    };

    public static readonly IReadOnlyDictionary<AdverseEventCategory, TerminologyCode> AdverseEvents = new Dictionary<AdverseEventCategory, TerminologyCode>
    {
        [AdverseEventCategory.Mucositis] = RegistryCodes.OralMucositis,
        [AdverseEventCategory.MenstrualIrregularity] = SnomedCodes.IrregularPeriods,
        [AdverseEventCategory.Arthralgia] = SnomedCodes.JointPain,
        [AdverseEventCategory.DelayedWoundHealing] = RegistryCodes.ImpairedWoundHealing,
        [AdverseEventCategory.Hyperlipidaemia] = SnomedCodes.Hyperlipidemia,
        [AdverseEventCategory.Proteinuria] = RegistryCodes.Proteinuria,
        [AdverseEventCategory.Pneumonitis] = RegistryCodes.Pneumonitis,
        [AdverseEventCategory.Infection] = RegistryCodes.Infection,
        [AdverseEventCategory.Other] = RegistryCodes.OtherAdverseEvent,
    };

    public static readonly IReadOnlyDictionary<LabAnalyte, TerminologyCode> Labs = new Dictionary<LabAnalyte, TerminologyCode>
    {
        [LabAnalyte.VegfD] = RegistryCodes.SerumVegfD,
        [LabAnalyte.PaO2] = LoincCodes.ArterialOxygenPressure,
        [LabAnalyte.PaCO2] = LoincCodes.ArterialCarbonDioxidePressure,
        [LabAnalyte.TotalCholesterol] = RegistryCodes.TotalCholesterol,
        [LabAnalyte.Triglycerides] = RegistryCodes.Triglycerides,
        [LabAnalyte.UrineProtein] = LoincCodes.UrineProtein,
    };

    public static readonly IReadOnlyDictionary<PftMeasure, (TerminologyCode Absolute, TerminologyCode Predicted)> Pft =
        new Dictionary<PftMeasure, (TerminologyCode, TerminologyCode)>
        {
            [PftMeasure.Fvc] = (LoincCodes.Fvc, LoincCodes.FvcPercentPredicted),
            [PftMeasure.Fev1] = (LoincCodes.Fev1, LoincCodes.Fev1PercentPredicted),
            [PftMeasure.Fev1FvcRatio] = (LoincCodes.Fev1FvcRatio, RegistryCodes.Fev1FvcPercentPredicted),
            [PftMeasure.Dlco] = (LoincCodes.Dlco, RegistryCodes.DlcoPercentPredicted),
            [PftMeasure.Tlc] = (LoincCodes.TotalLungCapacity, RegistryCodes.TlcPercentPredicted),
        };

    public static readonly IReadOnlyDictionary<EvidenceKind, TerminologyCode> Evidence = new Dictionary<EvidenceKind, TerminologyCode>
    {
        [EvidenceKind.Hrct] = RegistryCodes.EvidenceHrct,
        [EvidenceKind.ChestImaging] = RegistryCodes.EvidenceChestImaging,
        [EvidenceKind.Histopathology] = RegistryCodes.EvidenceHistopathology,
        [EvidenceKind.TscStatus] = RegistryCodes.EvidenceTscStatus,
        [EvidenceKind.Angiomyolipoma] = RegistryCodes.EvidenceAngiomyolipoma,
        [EvidenceKind.RetroperitonealMass] = RegistryCodes.EvidenceRetroperitonealMass,
        [EvidenceKind.Lymphangioleiomyoma] = RegistryCodes.EvidenceLymphangioleiomyoma,
        [EvidenceKind.ChylousEffusion] = RegistryCodes.EvidenceChylousEffusion,
        [EvidenceKind.Diagnosis] = RegistryCodes.EvidenceDiagnosis,
    };

    public static readonly IReadOnlyDictionary<SmokingStatus, TerminologyCode> Smoking = new Dictionary<SmokingStatus, TerminologyCode>
    {
        [SmokingStatus.Never] = SnomedCodes.NeverSmoked,
        [SmokingStatus.Former] = SnomedCodes.ExSmoker,
        [SmokingStatus.Current] = SnomedCodes.Smoker,
        [SmokingStatus.Unknown] = SnomedCodes.SmokingUnknown,
    };

    /// <summary>The lung body sites of a side (bilateral = both, unspecified = none; SNOMED CT body structures [SNOMED-CT]).</summary>
    public static IReadOnlyList<TerminologyCode> Sites(PneumothoraxSide side) => side switch
    {
        PneumothoraxSide.Left => [SnomedCodes.LeftLung],
        PneumothoraxSide.Right => [SnomedCodes.RightLung],
        PneumothoraxSide.Bilateral => [SnomedCodes.LeftLung, SnomedCodes.RightLung],
        _ => [],
    };

    /// <summary>The side named by a set of body sites.</summary>
    public static PneumothoraxSide Side(IEnumerable<Hl7.Fhir.Model.CodeableConcept> sites)
    {
        var list = sites.ToList();
        bool left = list.Exists(SnomedCodes.LeftLung.Matches);
        bool right = list.Exists(SnomedCodes.RightLung.Matches);
        return (left, right) switch
        {
            (true, true) => PneumothoraxSide.Bilateral,
            (true, false) => PneumothoraxSide.Left,
            (false, true) => PneumothoraxSide.Right,
            _ => PneumothoraxSide.Unspecified,
        };
    }

    /// <summary>The enum value whose code matches a received concept.</summary>
    public static bool TryFind<TKey>(IReadOnlyDictionary<TKey, TerminologyCode> table, Hl7.Fhir.Model.CodeableConcept? concept, out TKey key)
        where TKey : struct
    {
        foreach (var pair in table)
        {
            if (pair.Value.Matches(concept))
            {
                key = pair.Key;
                return true;
            }
        }

        key = default;
        return false;
    }
}
