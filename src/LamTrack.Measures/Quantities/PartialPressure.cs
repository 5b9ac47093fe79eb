using System.Globalization;

namespace LamTrack.Measures.Quantities;

/// <summary>A gas partial pressure, such as arterial PaO2.</summary>
/// <remarks>Held in mmHg. 1 kPa = 760 / 101.325 mmHg (standard atmosphere: 101.325 kPa = 760 mmHg, ISO 80000-4). Range 0–1000 mmHg, well above any arterial value breathing oxygen at sea level.</remarks>
public readonly record struct PartialPressure : IComparable<PartialPressure>
{
    /// <summary>The unit of <see cref="ToMillimetresOfMercury"/>, as a UCUM code.</summary>
    public const string CanonicalUnit = "mm[Hg]";

    /// <summary>The smallest accepted value, in mm[Hg].</summary>
    public const double MinimumMillimetresOfMercury = 0.0;

    /// <summary>The largest accepted value, in mm[Hg].</summary>
    public const double MaximumMillimetresOfMercury = 1000.0;

    /// <summary>Conversion constant: MillimetresOfMercuryPerKilopascal.</summary>
    public const double MillimetresOfMercuryPerKilopascal = 760.0 / 101.325;

    private readonly double _millimetresOfMercury;

    private PartialPressure(double millimetresOfMercury) => _millimetresOfMercury = millimetresOfMercury;

    /// <summary>Creates a value from mm[Hg].</summary>
    /// <exception cref="ArgumentOutOfRangeException">The value is not finite or lies outside [0.0, 1000.0] mm[Hg].</exception>
    public static PartialPressure FromMillimetresOfMercury(double value) =>
        new(Guard.InRange(value, MinimumMillimetresOfMercury, MaximumMillimetresOfMercury, nameof(value), CanonicalUnit));

    /// <summary>Creates a value from Kilopascals.</summary>
    /// <remarks>Converted with 760 / 101.325 mmHg per kPa.</remarks>
    /// <exception cref="ArgumentOutOfRangeException">The converted value is not finite or out of range.</exception>
    public static PartialPressure FromKilopascals(double value) => FromMillimetresOfMercury(value * (MillimetresOfMercuryPerKilopascal));

    /// <summary>The value in mm[Hg].</summary>
    public double ToMillimetresOfMercury() => _millimetresOfMercury;

    /// <summary>The value in Kilopascals.</summary>
    public double ToKilopascals() => _millimetresOfMercury / (MillimetresOfMercuryPerKilopascal);

    /// <inheritdoc/>
    public int CompareTo(PartialPressure other) => _millimetresOfMercury.CompareTo(other._millimetresOfMercury);

    /// <summary>Compares two values.</summary>
    public static bool operator <(PartialPressure left, PartialPressure right) => left.CompareTo(right) < 0;

    /// <summary>Compares two values.</summary>
    public static bool operator >(PartialPressure left, PartialPressure right) => left.CompareTo(right) > 0;

    /// <summary>Compares two values.</summary>
    public static bool operator <=(PartialPressure left, PartialPressure right) => left.CompareTo(right) <= 0;

    /// <summary>Compares two values.</summary>
    public static bool operator >=(PartialPressure left, PartialPressure right) => left.CompareTo(right) >= 0;

    /// <summary>The value with its UCUM unit, in the invariant culture.</summary>
    public override string ToString() =>
        string.Create(CultureInfo.InvariantCulture, $"{_millimetresOfMercury} {CanonicalUnit}");
}
