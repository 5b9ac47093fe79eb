using System.Globalization;

namespace LamTrack.Measures.Quantities;

/// <summary>A linear size, such as the largest diameter of a lesion.</summary>
/// <remarks>Held in centimetres. Finite and non-negative, at most 1000 cm.</remarks>
public readonly record struct Length : IComparable<Length>
{
    /// <summary>The unit of <see cref="ToCentimetres"/>, as a UCUM code.</summary>
    public const string CanonicalUnit = "cm";

    /// <summary>The smallest accepted value, in cm.</summary>
    public const double MinimumCentimetres = 0.0;

    /// <summary>The largest accepted value, in cm.</summary>
    public const double MaximumCentimetres = 1000.0;

    /// <summary>Conversion constant: MillimetresPerCentimetre.</summary>
    public const double MillimetresPerCentimetre = 10.0;

    private readonly double _centimetres;

    private Length(double centimetres) => _centimetres = centimetres;

    /// <summary>Creates a value from cm.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The value is not finite or lies outside [0.0, 1000.0] cm.</exception>
    public static Length FromCentimetres(double value) =>
        new(Guard.InRange(value, MinimumCentimetres, MaximumCentimetres, nameof(value), CanonicalUnit));

    /// <summary>Creates a value from Millimetres.</summary>
    /// <remarks>1 cm = 10 mm.</remarks>
    /// <exception cref="ArgumentOutOfRangeException">The converted value is not finite or out of range.</exception>
    public static Length FromMillimetres(double value) => FromCentimetres(value * (1.0 / MillimetresPerCentimetre));

    /// <summary>The value in cm.</summary>
    public double ToCentimetres() => _centimetres;

    /// <summary>The value in Millimetres.</summary>
    public double ToMillimetres() => _centimetres / (1.0 / MillimetresPerCentimetre);

    /// <inheritdoc/>
    public int CompareTo(Length other) => _centimetres.CompareTo(other._centimetres);

    /// <summary>Compares two values.</summary>
    public static bool operator <(Length left, Length right) => left.CompareTo(right) < 0;

    /// <summary>Compares two values.</summary>
    public static bool operator >(Length left, Length right) => left.CompareTo(right) > 0;

    /// <summary>Compares two values.</summary>
    public static bool operator <=(Length left, Length right) => left.CompareTo(right) <= 0;

    /// <summary>Compares two values.</summary>
    public static bool operator >=(Length left, Length right) => left.CompareTo(right) >= 0;

    /// <summary>The value with its UCUM unit, in the invariant culture.</summary>
    public override string ToString() =>
        string.Create(CultureInfo.InvariantCulture, $"{_centimetres} {CanonicalUnit}");
}
