namespace LamTrack.Fhir.Terminology;

/// <summary>The registry-local code system (<see cref="CodeSystemUris.Registry"/>): values with no verified
/// standard code, each with a definition. Published as a FHIR CodeSystem by <see cref="RegistryCodeSystem"/>.</summary>
/// <remarks>
/// A code here is permanent: it is never reused for another meaning (a terminology look-up that finds a standard
/// code lets a standard coding be added beside it). Documented in docs/fhir.md.
/// </remarks>
public static class RegistryCodes
{
    // Declared first: static fields initialise in textual order and the factories below register here.
    private static readonly List<(TerminologyCode Code, string Definition)> s_concepts = [];

    /// <summary>D8 Lung compression by a pneumothorax, % of the hemithorax (no LOINC/SNOMED found).</summary>
    public static readonly TerminologyCode LungCompression = Local("ptx-lung-compression-pct", "Lung compression (percent)",
        "Share of the lung on the side of a pneumothorax that is collapsed, read on a chest radiograph, in % (UCUM %).");

    /// <summary>D9 Hydropneumothorax (no SNOMED found).</summary>
    public static readonly TerminologyCode Hydropneumothorax = Local("hydropneumothorax", "Hydropneumothorax",
        "Air and fluid in the pleural space at the same time.");

    /// <summary>D5b Chylous ascites (no SNOMED found).</summary>
    public static readonly TerminologyCode ChylousAscites = Local("chylous-ascites", "Chylous ascites",
        "Chyle in the peritoneal cavity.");

    /// <summary>L1 Serum VEGF-D (LOINC number not verified).</summary>
    public static readonly TerminologyCode SerumVegfD = Local("vegf-d-serum", "VEGF-D [Mass/volume] in Serum",
        "Vascular endothelial growth factor D in serum, in pg/mL.");

    /// <summary>F7 DLCO % predicted (a LOINC gap per the PFT IG).</summary>
    public static readonly TerminologyCode DlcoPercentPredicted = Local("dlco-pct-predicted", "DLCO measured/predicted",
        "Diffusing capacity for carbon monoxide as % of the predicted value.");

    /// <summary>X2 Chemical pleurodesis (no SNOMED found).</summary>
    public static readonly TerminologyCode ChemicalPleurodesis = Local("chemical-pleurodesis", "Chemical pleurodesis",
        "Instillation of a sclerosant into the pleural space to obliterate it.");

    /// <summary>X3 Surgical (thoracoscopic) pleurodesis (no SNOMED found).</summary>
    public static readonly TerminologyCode SurgicalPleurodesis = Local("surgical-pleurodesis", "Surgical pleurodesis",
        "Pleurodesis by surgery, for example video-assisted thoracoscopic abrasion or pleurectomy.");

    /// <summary>X4 Bullectomy (no SNOMED found).</summary>
    public static readonly TerminologyCode Bullectomy = Local("bullectomy", "Bullectomy",
        "Surgical resection of lung bullae or cysts.");

    /// <summary>A1a Oral mucositis (no SNOMED found).</summary>
    public static readonly TerminologyCode OralMucositis = Local("oral-mucositis", "Oral mucositis",
        "Inflammation and ulceration of the oral mucosa, a common mTOR-inhibitor adverse effect.");

    /// <summary>A4 Impaired wound healing (no SNOMED found).</summary>
    public static readonly TerminologyCode ImpairedWoundHealing = Local("impaired-wound-healing", "Impaired wound healing",
        "Delayed or incomplete healing of a wound.");

    /// <summary>M2 Rifampicin, ingredient (RxNorm ingredient code unverified).</summary>
    public static readonly TerminologyCode Rifampicin = Local("rifampicin", "rifampicin",
        "Rifampicin (rifampin), the drug ingredient; a strong CYP3A4 inducer.");

    /// <summary>M4 Ethambutol, ingredient (RxNorm code unverified).</summary>
    public static readonly TerminologyCode Ethambutol = Local("ethambutol", "ethambutol", "Ethambutol, the drug ingredient.");

    /// <summary>M5 Pyrazinamide, ingredient (RxNorm code unverified).</summary>
    public static readonly TerminologyCode Pyrazinamide = Local("pyrazinamide", "pyrazinamide", "Pyrazinamide, the drug ingredient.");

    /// <summary>Total cholesterol.</summary>
    public static readonly TerminologyCode TotalCholesterol = Local("total-cholesterol", "Total cholesterol",
        "Total cholesterol in serum or plasma (LOINC code not verified here).");

    /// <summary>Triglycerides.</summary>
    public static readonly TerminologyCode Triglycerides = Local("triglycerides", "Triglycerides",
        "Triglycerides in serum or plasma (LOINC code not verified here).");

    /// <summary>FEV1/FVC measured/predicted.</summary>
    public static readonly TerminologyCode Fev1FvcPercentPredicted = Local("fev1-fvc-pct-predicted", "FEV1/FVC measured/predicted",
        "FEV1/FVC ratio as % of the predicted ratio.");

    /// <summary>TLC measured/predicted.</summary>
    public static readonly TerminologyCode TlcPercentPredicted = Local("tlc-pct-predicted", "TLC measured/predicted",
        "Total lung capacity as % of the predicted value.");

    /// <summary>Observation without intervention.</summary>
    public static readonly TerminologyCode ConservativeObservation = Local("conservative-observation", "Observation without intervention",
        "A pneumothorax managed by watchful waiting.");

    /// <summary>Other surgery.</summary>
    public static readonly TerminologyCode OtherSurgery = Local("other-surgery", "Other surgery",
        "A surgical procedure other than pleurodesis or bullectomy.");

    /// <summary>Proteinuria.</summary>
    public static readonly TerminologyCode Proteinuria = Local("proteinuria", "Proteinuria",
        "Protein in the urine, an mTOR-inhibitor adverse effect.");

    /// <summary>Pneumonitis.</summary>
    public static readonly TerminologyCode Pneumonitis = Local("pneumonitis", "Pneumonitis",
        "Drug-induced (non-infectious) pneumonitis.");

    /// <summary>Infection.</summary>
    public static readonly TerminologyCode Infection = Local("infection", "Infection",
        "An infection reported as an adverse event.");

    /// <summary>Other adverse event.</summary>
    public static readonly TerminologyCode OtherAdverseEvent = Local("other-adverse-event", "Other adverse event",
        "An adverse event with no more specific LamTrack category.");

    /// <summary>Follow-up status.</summary>
    public static readonly TerminologyCode FollowUpStatus = Local("follow-up-status", "Follow-up status",
        "Work, exercise and quality-of-life status reported at a follow-up.");

    /// <summary>Work status.</summary>
    public static readonly TerminologyCode WorkStatus = Local("work-status", "Work status",
        "Ability to work, in the source's words.");

    /// <summary>Exercise capacity.</summary>
    public static readonly TerminologyCode ExerciseCapacity = Local("exercise-capacity", "Exercise capacity",
        "Exercise tolerance, in the source's words.");

    /// <summary>Quality of life.</summary>
    public static readonly TerminologyCode QualityOfLife = Local("quality-of-life", "Quality of life",
        "Quality of life, in the source's words.");

    /// <summary>Largest diameter.</summary>
    public static readonly TerminologyCode LargestDiameter = Local("largest-diameter", "Largest diameter",
        "Largest diameter of a lesion or mass.");

    /// <summary>HRCT finding.</summary>
    public static readonly TerminologyCode EvidenceHrct = Local("evidence-hrct", "HRCT finding",
        "A high-resolution CT finding supporting or not supporting LAM.");

    /// <summary>Chest imaging finding.</summary>
    public static readonly TerminologyCode EvidenceChestImaging = Local("evidence-chest-imaging", "Chest imaging finding",
        "A chest radiograph or other chest imaging finding.");

    /// <summary>Histopathology finding.</summary>
    public static readonly TerminologyCode EvidenceHistopathology = Local("evidence-histopathology", "Histopathology finding",
        "A histopathology finding, with immunohistochemical markers.");

    /// <summary>TSC status.</summary>
    public static readonly TerminologyCode EvidenceTscStatus = Local("evidence-tsc-status", "TSC status",
        "Whether tuberous sclerosis complex is present.");

    /// <summary>Angiomyolipoma finding.</summary>
    public static readonly TerminologyCode EvidenceAngiomyolipoma = Local("evidence-angiomyolipoma", "Angiomyolipoma finding",
        "An angiomyolipoma finding.");

    /// <summary>Retroperitoneal mass finding.</summary>
    public static readonly TerminologyCode EvidenceRetroperitonealMass = Local("evidence-retroperitoneal-mass", "Retroperitoneal mass finding",
        "A retroperitoneal mass finding.");

    /// <summary>Lymphangioleiomyoma finding.</summary>
    public static readonly TerminologyCode EvidenceLymphangioleiomyoma = Local("evidence-lymphangioleiomyoma", "Lymphangioleiomyoma finding",
        "A lymphangioleiomyoma finding.");

    /// <summary>Chylous effusion finding.</summary>
    public static readonly TerminologyCode EvidenceChylousEffusion = Local("evidence-chylous-effusion", "Chylous effusion finding",
        "A chylous effusion finding.");

    /// <summary>LAM diagnosis.</summary>
    public static readonly TerminologyCode EvidenceDiagnosis = Local("evidence-diagnosis", "LAM diagnosis",
        "The diagnosis of LAM as stated by the source.");

    /// <summary>Co-medication.</summary>
    public static readonly TerminologyCode CoMedication = Local("co-medication", "Co-medication",
        "A therapy other than sirolimus, named as in the source.");

    /// <summary>Every registry-local code with its definition, in declaration order.</summary>
    public static IReadOnlyList<(TerminologyCode Code, string Definition)> All => s_concepts;

    /// <summary>Creates a registry code and records it with its definition for the published code system.</summary>
    private static TerminologyCode Local(string code, string display, string definition)
    {
        var entry = new TerminologyCode(CodeSystemUris.Registry, code, display, CodeEvidence.RegistryLocal);
        s_concepts.Add((entry, definition));
        return entry;
    }
}
