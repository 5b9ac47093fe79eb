namespace LamTrack.Fhir.Terminology;

/// <summary>The registry-local code system (<see cref="CodeSystemUris.Registry"/>): values with no verified
/// standard code, each with a definition. Published as a FHIR CodeSystem by <see cref="RegistryCodeSystem"/>.</summary>
/// <remarks>
/// A code here is permanent: it is never reused for another meaning (fhir-mapping.md §5 lists the look-ups that
/// would let a standard coding be added beside it). Documented in docs/fhir.md.
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
