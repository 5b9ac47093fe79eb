namespace LamTrack.Fhir.Mapping.Ehr;

/// <summary>The molar mass of sirolimus, used to read a level reported in nmol/L as a mass concentration.</summary>
/// <remarks>C51H79NO13, molecular weight 914.2 (Rapamune (sirolimus) US prescribing information, section 11
/// "Description"). c[ng/mL] = c[nmol/L] · M[g/mol] / 1000.</remarks>
internal static class SirolimusMolarMass
{
    /// <summary>Grams per mole.</summary>
    public const decimal GramsPerMole = 914.2m;

    /// <summary>Where the value comes from.</summary>
    public const string Citation = "Rapamune US prescribing information, section 11";
}
