namespace LamTrack.Fhir.Terminology;

/// <summary>The LOINC codes LamTrack uses, each verified as docs/fhir.md describes ([LOINC]).</summary>
public static class LoincCodes
{
    /// <summary>P2 Age.</summary>
    public static readonly TerminologyCode Age = Loinc("30525-0", "Age");

    /// <summary>P4 Tobacco smoking status.</summary>
    public static readonly TerminologyCode SmokingStatus = Loinc("72166-2", "Tobacco smoking status");

    /// <summary>P5 Pregnancy status.</summary>
    public static readonly TerminologyCode PregnancyStatus = Loinc("82810-3", "Pregnancy status");

    /// <summary>L2 Sirolimus [Mass/volume] in Blood (not timing-specific; trough is flagged by extension).</summary>
    public static readonly TerminologyCode SirolimusBlood = Loinc("29247-4", "Sirolimus [Mass/volume] in Blood");

    /// <summary>L3 Arterial PaO2.</summary>
    public static readonly TerminologyCode ArterialOxygenPressure = Loinc("2703-7", "Oxygen [Partial pressure] in Arterial blood");

    /// <summary>L3a Arterial PaCO2.</summary>
    public static readonly TerminologyCode ArterialCarbonDioxidePressure = Loinc("2019-8", "Carbon dioxide [Partial pressure] in Arterial blood");

    /// <summary>L3b Arterial oxygen saturation.</summary>
    public static readonly TerminologyCode ArterialOxygenSaturation = Loinc("2708-6", "Oxygen saturation in Arterial blood");

    /// <summary>L3b Oxygen saturation by pulse oximetry.</summary>
    public static readonly TerminologyCode PulseOximetry = Loinc("59408-5", "Oxygen saturation in Arterial blood by Pulse oximetry");

    /// <summary>Protein [Mass/volume] in Urine (one source: a laboratory LOINC mapping table).</summary>
    public static readonly TerminologyCode UrineProtein = new(CodeSystemUris.Loinc, "2888-6", "Protein [Mass/volume] in Urine", CodeEvidence.VerifiedOneSource);

    /// <summary>F1 Forced vital capacity.</summary>
    public static readonly TerminologyCode Fvc = Loinc("19870-5", "Forced vital capacity [Volume] Respiratory system");

    /// <summary>F2 FVC % predicted.</summary>
    public static readonly TerminologyCode FvcPercentPredicted = Loinc("19872-1", "FVC measured/predicted");

    /// <summary>F3 FEV1.</summary>
    public static readonly TerminologyCode Fev1 = Loinc("20150-9", "FEV1");

    /// <summary>F4 FEV1 % predicted.</summary>
    public static readonly TerminologyCode Fev1PercentPredicted = Loinc("20152-5", "FEV1 measured/predicted");

    /// <summary>F5 FEV1/FVC.</summary>
    public static readonly TerminologyCode Fev1FvcRatio = Loinc("19926-5", "FEV1/FVC");

    /// <summary>F6 DLCO.</summary>
    public static readonly TerminologyCode Dlco = Loinc("19911-7", "Diffusion capacity.carbon monoxide");

    /// <summary>F8 TLC (helium single breath; a generic TLC code is unverified).</summary>
    public static readonly TerminologyCode TotalLungCapacity = Loinc("19858-0", "Total lung capacity by Helium single breath");

    /// <summary>F9 Six-minute walk distance.</summary>
    public static readonly TerminologyCode SixMinuteWalkDistance = Loinc("64098-7", "Walking distance 6 minutes");

    /// <summary>X6a Inhaled oxygen flow rate.</summary>
    public static readonly TerminologyCode InhaledOxygenFlowRate = Loinc("3151-8", "Inhaled oxygen flow rate");

    /// <summary>§1.4 Pulmonary function test panel (DiagnosticReport.code).</summary>
    public static readonly TerminologyCode PulmonaryFunctionPanel = Loinc("81458-2", "Pulmonary function test panel");

    private static TerminologyCode Loinc(string code, string display) =>
        new(CodeSystemUris.Loinc, code, display, CodeEvidence.Verified);
}
