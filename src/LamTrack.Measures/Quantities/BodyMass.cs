using System.Globalization;

namespace LamTrack.Measures.Quantities;

/// <summary>A body mass, such as a birth weight.</summary>
/// <remarks>Held in kilograms. Finite and non-negative, at most 700 kg.</remarks>
public readonly record struct BodyMass : IComparable<BodyMass>
{
    /// <summary>The unit of <see cref="ToKilograms"/>, as a UCUM code.</summary>
    public const string CanonicalUnit = "kg";

    /// <summary>The smallest accepted value, in kg.</summary>
    public const double MinimumKilograms = 0.0;

    /// <summary>The largest accepted value, in kg.</summary>
    public const double MaximumKilograms = 700.0;

    /// <summary>Conversion constant: GramsPerKilogram.</summary>
    public const double GramsPerKilogram = 1000.0;

    private readonly double _kilograms;

    private BodyMass(double kilograms) => _kilograms = kilograms;

    /// <summary>Creates a value from kg.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The value is not finite or lies outside [0.0, 700.0] kg.</exception>
    public static BodyMass FromKilograms(double value) =>
        new(Guard.InRange(value, MinimumKilograms, MaximumKilograms, nameof(value), CanonicalUnit));

    /// <summary>Creates a value from Grams.</summary>
    /// <remarks>1 kg = 1000 g.</remarks>
    /// <exception cref="ArgumentOutOfRangeException">The converted value is not finite or out of range.</exception>
    public static BodyMass FromGrams(double value) => FromKilograms(value * (1.0 / GramsPerKilogram));

    /// <summary>The value in kg.</summary>
    public double ToKilograms() => _kilograms;

    /// <summary>The value in Grams.</summary>
    public double ToGrams() => _kilograms / (1.0 / GramsPerKilogram);

    /// <inheritdoc/>
    public int CompareTo(BodyMass other) => _kilograms.CompareTo(other._kilograms);

    /// <summary>Compares two values.</summary>
    public static bool operator <(BodyMass left, BodyMass right) => left.CompareTo(right) < 0;

    /// <summary>Compares two values.</summary>
    public static bool operator >(BodyMass left, BodyMass right) => left.CompareTo(right) > 0;

    /// <summary>Compares two values.</summary>
    public static bool operator <=(BodyMass left, BodyMass right) => left.CompareTo(right) <= 0;

    /// <summary>Compares two values.</summary>
    public static bool operator >=(BodyMass left, BodyMass right) => left.CompareTo(right) >= 0;

    /// <summary>The value with its UCUM unit, in the invariant culture.</summary>
    public override string ToString() =>
        string.Create(CultureInfo.InvariantCulture, $"{_kilograms} {CanonicalUnit}");
}
