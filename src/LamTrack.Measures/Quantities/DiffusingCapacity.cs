using System.Globalization;

namespace LamTrack.Measures.Quantities;

/// <summary>A diffusing capacity of the lung for carbon monoxide (DLCO, TLCO).</summary>
/// <remarks>Held in mmol/min/kPa (SI). Traditional units: mL/min/mmHg = mmol/min/kPa × 22.414 / (760 / 101.325) ≈ × 2.988, from the molar volume of an ideal gas at STPD (22.414 L/mol) and 760 mmHg = 101.325 kPa; ERS/ATS standards (Graham et al., Eur Respir J 2017;49:1600016) round this factor to 2.987. Range 0–100 mmol/min/kPa.</remarks>
public readonly record struct DiffusingCapacity : IComparable<DiffusingCapacity>
{
    /// <summary>The unit of <see cref="ToMillimolesPerMinutePerKilopascal"/>, as a UCUM code.</summary>
    public const string CanonicalUnit = "mmol/min/kPa";

    /// <summary>The smallest accepted value, in mmol/min/kPa.</summary>
    public const double MinimumMillimolesPerMinutePerKilopascal = 0.0;

    /// <summary>The largest accepted value, in mmol/min/kPa.</summary>
    public const double MaximumMillimolesPerMinutePerKilopascal = 100.0;

    /// <summary>Conversion constant: MillilitresOfGasPerMillimole.</summary>
    public const double MillilitresOfGasPerMillimole = 22.414;

    /// <summary>Conversion constant: MillilitresPerMinutePerMillimetreOfMercuryPerSiUnit.</summary>
    public const double MillilitresPerMinutePerMillimetreOfMercuryPerSiUnit = MillilitresOfGasPerMillimole / PartialPressure.MillimetresOfMercuryPerKilopascal;

    private readonly double _millimolesPerMinutePerKilopascal;

    private DiffusingCapacity(double millimolesPerMinutePerKilopascal) => _millimolesPerMinutePerKilopascal = millimolesPerMinutePerKilopascal;

    /// <summary>Creates a value from mmol/min/kPa.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The value is not finite or lies outside [0.0, 100.0] mmol/min/kPa.</exception>
    public static DiffusingCapacity FromMillimolesPerMinutePerKilopascal(double value) =>
        new(Guard.InRange(value, MinimumMillimolesPerMinutePerKilopascal, MaximumMillimolesPerMinutePerKilopascal, nameof(value), CanonicalUnit));

    /// <summary>Creates a value from MillilitresPerMinutePerMillimetreOfMercury.</summary>
    /// <remarks>Converted with the STPD molar volume.</remarks>
    /// <exception cref="ArgumentOutOfRangeException">The converted value is not finite or out of range.</exception>
    public static DiffusingCapacity FromMillilitresPerMinutePerMillimetreOfMercury(double value) => FromMillimolesPerMinutePerKilopascal(value * (1.0 / MillilitresPerMinutePerMillimetreOfMercuryPerSiUnit));

    /// <summary>The value in mmol/min/kPa.</summary>
    public double ToMillimolesPerMinutePerKilopascal() => _millimolesPerMinutePerKilopascal;

    /// <summary>The value in MillilitresPerMinutePerMillimetreOfMercury.</summary>
    public double ToMillilitresPerMinutePerMillimetreOfMercury() => _millimolesPerMinutePerKilopascal / (1.0 / MillilitresPerMinutePerMillimetreOfMercuryPerSiUnit);

    /// <inheritdoc/>
    public int CompareTo(DiffusingCapacity other) => _millimolesPerMinutePerKilopascal.CompareTo(other._millimolesPerMinutePerKilopascal);

    /// <summary>Compares two values.</summary>
    public static bool operator <(DiffusingCapacity left, DiffusingCapacity right) => left.CompareTo(right) < 0;

    /// <summary>Compares two values.</summary>
    public static bool operator >(DiffusingCapacity left, DiffusingCapacity right) => left.CompareTo(right) > 0;

    /// <summary>Compares two values.</summary>
    public static bool operator <=(DiffusingCapacity left, DiffusingCapacity right) => left.CompareTo(right) <= 0;

    /// <summary>Compares two values.</summary>
    public static bool operator >=(DiffusingCapacity left, DiffusingCapacity right) => left.CompareTo(right) >= 0;

    /// <summary>The value with its UCUM unit, in the invariant culture.</summary>
    public override string ToString() =>
        string.Create(CultureInfo.InvariantCulture, $"{_millimolesPerMinutePerKilopascal} {CanonicalUnit}");
}
