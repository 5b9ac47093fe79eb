using System.Collections.Frozen;
using System.Diagnostics.CodeAnalysis;
using LamTrack.Measures.Quantities;

namespace LamTrack.Measures.Units;

/// <summary>The registry of units LamTrack accepts; anything else is rejected, never passed through.</summary>
/// <remarks>
/// UCUM codes are matched exactly. A few spellings that clinicians type (<c>mmHg</c>, <c>ng/ml</c>,
/// <c>µg/L</c>, <c>ml</c>) are accepted as aliases of their UCUM code and normalised on parse.
/// </remarks>
public static class UcumUnits
{
    private static readonly FrozenDictionary<string, UcumUnit> s_byCode = new UcumUnit[]
    {
        new("ng/mL", Dimension.MassConcentration, 1.0),
        new("ug/L", Dimension.MassConcentration, 1.0),
        new("pg/mL", Dimension.MassConcentration, 1.0 / MassConcentration.PicogramsPerNanogram),
        new("mg/L", Dimension.MassConcentration, MassConcentration.NanogramsPerMilligram / MassConcentration.MillilitresPerLitre),
        new("mg/dL", Dimension.MassConcentration, MassConcentration.NanogramsPerMilligram / MassConcentration.MillilitresPerDecilitre),
        new("g/L", Dimension.MassConcentration, MassConcentration.MilligramsPerGram * MassConcentration.NanogramsPerMilligram / MassConcentration.MillilitresPerLitre),
        new("mm[Hg]", Dimension.Pressure, 1.0),
        new("kPa", Dimension.Pressure, PartialPressure.MillimetresOfMercuryPerKilopascal),
        new("L", Dimension.Volume, 1.0),
        new("mL", Dimension.Volume, 1.0 / Volume.MillilitresPerLitre),
        new("%", Dimension.Percent, 1.0),
        new("m", Dimension.Length, 1.0),
        new("km", Dimension.Length, 1000.0),
        new("cm", Dimension.Length, 0.01),
        new("mm", Dimension.Length, 0.001),
        new("mg", Dimension.Mass, 1.0),
        new("ug", Dimension.Mass, 1.0 / Dose.MicrogramsPerMilligram),
        new("g", Dimension.Mass, 1000.0),
        new("kg", Dimension.Mass, 1_000_000.0),
        new("mg/d", Dimension.MassRate, 1.0),
        new("mmol/min/kPa", Dimension.DiffusingCapacity, 1.0),
        new("mL/min/mm[Hg]", Dimension.DiffusingCapacity, 1.0 / DiffusingCapacity.MillilitresPerMinutePerMillimetreOfMercuryPerSiUnit),
    }.ToFrozenDictionary(u => u.Code, StringComparer.Ordinal);

    private static readonly FrozenDictionary<string, string> s_aliases = new Dictionary<string, string>
    {
        ["mmHg"] = "mm[Hg]",
        ["ng/ml"] = "ng/mL",
        ["mg/dl"] = "mg/dL",
        ["pg/ml"] = "pg/mL",
        ["µg/L"] = "ug/L",
        ["μg/L"] = "ug/L",
        ["ml"] = "mL",
        ["l"] = "L",
        ["mg/day"] = "mg/d",
        ["mmol/kPa/min"] = "mmol/min/kPa",
        ["mL/min/mmHg"] = "mL/min/mm[Hg]",
    }.ToFrozenDictionary(StringComparer.Ordinal);

    /// <summary>Every accepted UCUM code.</summary>
    public static IEnumerable<string> Codes => s_byCode.Keys;

    /// <summary>Looks up a unit by UCUM code or documented alias.</summary>
    /// <returns><see langword="true"/> when the unit is known.</returns>
    public static bool TryParse(string? code, [NotNullWhen(true)] out UcumUnit? unit)
    {
        unit = null;
        if (string.IsNullOrWhiteSpace(code))
        {
            return false;
        }

        string trimmed = code.Trim();
        string canonical = s_aliases.GetValueOrDefault(trimmed, trimmed);
        return s_byCode.TryGetValue(canonical, out unit);
    }
}
