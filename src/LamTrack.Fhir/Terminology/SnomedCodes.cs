namespace LamTrack.Fhir.Terminology;

/// <summary>The SNOMED CT codes LamTrack uses, each verified as docs/fhir.md describes ([SNOMED-CT]).</summary>
/// <remarks>Displays are SNOMED preferred terms; imports accept any display (FSN-style included).</remarks>
public static class SnomedCodes
{
    /// <summary>D1 Pulmonary lymphangioleiomyomatosis.</summary>
    public static readonly TerminologyCode Lam = Sct("277844007", "Pulmonary lymphangioleiomyomatosis");

    /// <summary>D2 LAM due to tuberous sclerosis (one source).</summary>
    public static readonly TerminologyCode TscLam = Sct("707433009", "Lymphangioleiomyomatosis due to tuberous sclerosis syndrome", CodeEvidence.VerifiedOneSource);

    /// <summary>D3 Tuberous sclerosis complex.</summary>
    public static readonly TerminologyCode TuberousSclerosis = Sct("7199000", "Tuberous sclerosis syndrome");

    /// <summary>D4 Renal angiomyolipoma.</summary>
    public static readonly TerminologyCode RenalAngiomyolipoma = Sct("254921004", "Angiomyolipoma of kidney");

    /// <summary>D4a Kidney structure (one source).</summary>
    public static readonly TerminologyCode Kidney = Sct("64033007", "Kidney structure", CodeEvidence.VerifiedOneSource);

    /// <summary>D5 Chylothorax (one source).</summary>
    public static readonly TerminologyCode Chylothorax = Sct("83035003", "Chylothorax", CodeEvidence.VerifiedOneSource);

    /// <summary>D5c Pleural effusion.</summary>
    public static readonly TerminologyCode PleuralEffusion = Sct("60046008", "Pleural effusion");

    /// <summary>D6 Pneumothorax.</summary>
    public static readonly TerminologyCode Pneumothorax = Sct("36118008", "Pneumothorax");

    /// <summary>D7 Spontaneous pneumothorax.</summary>
    public static readonly TerminologyCode SpontaneousPneumothorax = Sct("80423007", "Spontaneous pneumothorax");

    /// <summary>D7a Left lung structure (laterality).</summary>
    public static readonly TerminologyCode LeftLung = Sct("44029006", "Left lung structure");

    /// <summary>D7b Right lung structure (laterality).</summary>
    public static readonly TerminologyCode RightLung = Sct("3341006", "Right lung structure");

    /// <summary>D10 Respiratory failure without hypercapnia (type I).</summary>
    public static readonly TerminologyCode TypeOneRespiratoryFailure = Sct("233765002", "Respiratory failure without hypercapnia");

    /// <summary>D10a Hypoxemia.</summary>
    public static readonly TerminologyCode Hypoxemia = Sct("389087006", "Hypoxemia");

    /// <summary>P4a Never smoked tobacco.</summary>
    public static readonly TerminologyCode NeverSmoked = Sct("266919005", "Never smoked tobacco");

    /// <summary>P4b Ex-smoker.</summary>
    public static readonly TerminologyCode ExSmoker = Sct("8517006", "Ex-smoker");

    /// <summary>P4c Smoker.</summary>
    public static readonly TerminologyCode Smoker = Sct("77176002", "Smoker");

    /// <summary>P4f Smoking status unknown.</summary>
    public static readonly TerminologyCode SmokingUnknown = Sct("266927001", "Tobacco smoking consumption unknown");

    /// <summary>P5a Pregnant.</summary>
    public static readonly TerminologyCode Pregnant = Sct("77386006", "Pregnant");

    /// <summary>P5b Not pregnant.</summary>
    public static readonly TerminologyCode NotPregnant = Sct("60001007", "Not pregnant");

    /// <summary>X1 Insertion of pleural tube drain (closed thoracostomy).</summary>
    public static readonly TerminologyCode ChestTubeDrainage = Sct("264957007", "Insertion of pleural tube drain");

    /// <summary>X1a Procedure on pleura (parent fallback).</summary>
    public static readonly TerminologyCode ProcedureOnPleura = Sct("118795000", "Procedure on pleura");

    /// <summary>X5 Total nephrectomy.</summary>
    public static readonly TerminologyCode TotalNephrectomy = Sct("175905003", "Total nephrectomy");

    /// <summary>X6 Oxygen therapy.</summary>
    public static readonly TerminologyCode OxygenTherapy = Sct("57485005", "Oxygen therapy");

    /// <summary>A1 Stomatitis.</summary>
    public static readonly TerminologyCode Stomatitis = Sct("61170000", "Stomatitis");

    /// <summary>A2 Irregular periods.</summary>
    public static readonly TerminologyCode IrregularPeriods = Sct("80182007", "Irregular periods");

    /// <summary>A3 Joint pain.</summary>
    public static readonly TerminologyCode JointPain = Sct("57676002", "Joint pain");

    /// <summary>A3a Joint swelling.</summary>
    public static readonly TerminologyCode JointSwelling = Sct("271771009", "Joint swelling");

    /// <summary>A4 closest verified: non-healing surgical wound.</summary>
    public static readonly TerminologyCode NonHealingSurgicalWound = Sct("781187003", "Non-healing surgical wound");

    /// <summary>A5 Hyperlipidemia.</summary>
    public static readonly TerminologyCode Hyperlipidemia = Sct("55822004", "Hyperlipidemia");

    /// <summary>A5 Hypercholesterolemia.</summary>
    public static readonly TerminologyCode Hypercholesterolemia = Sct("13644009", "Hypercholesterolemia");

    /// <summary>A5 Peripheral edema.</summary>
    public static readonly TerminologyCode PeripheralEdema = Sct("271809000", "Peripheral edema");

    /// <summary>A5 Pneumonia.</summary>
    public static readonly TerminologyCode Pneumonia = Sct("233604007", "Pneumonia");

    private static TerminologyCode Sct(string code, string display, CodeEvidence evidence = CodeEvidence.Verified) =>
        new(CodeSystemUris.Snomed, code, display, evidence);
}
