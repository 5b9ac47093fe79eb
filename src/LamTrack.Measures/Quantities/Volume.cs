using System.Globalization;

namespace LamTrack.Measures.Quantities;

/// <summary>A volume, such as a forced vital capacity or an instilled pleurodesis agent.</summary>
/// <remarks>Held in litres. Finite and non-negative, at most 1000 L.</remarks>
public readonly record struct Volume : IComparable<Volume>
{
    /// <summary>The unit of <see cref="ToLitres"/>, as a UCUM code.</summary>
    public const string CanonicalUnit = "L";

    /// <summary>The smallest accepted value, in L.</summary>
    public const double MinimumLitres = 0.0;

    /// <summary>The largest accepted value, in L.</summary>
    public const double MaximumLitres = 1000.0;

    /// <summary>Conversion constant: MillilitresPerLitre.</summary>
    public const double MillilitresPerLitre = 1000.0;

    private readonly double _litres;

    private Volume(double litres) => _litres = litres;

    /// <summary>Creates a value from L.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The value is not finite or lies outside [0.0, 1000.0] L.</exception>
    public static Volume FromLitres(double value) =>
        new(Guard.InRange(value, MinimumLitres, MaximumLitres, nameof(value), CanonicalUnit));

    /// <summary>Creates a value from Millilitres.</summary>
    /// <remarks>1 L = 1000 mL.</remarks>
    /// <exception cref="ArgumentOutOfRangeException">The converted value is not finite or out of range.</exception>
    public static Volume FromMillilitres(double value) => FromLitres(value * (1.0 / MillilitresPerLitre));

    /// <summary>The value in L.</summary>
    public double ToLitres() => _litres;

    /// <summary>The value in Millilitres.</summary>
    public double ToMillilitres() => _litres / (1.0 / MillilitresPerLitre);

    /// <inheritdoc/>
    public int CompareTo(Volume other) => _litres.CompareTo(other._litres);

    /// <summary>Compares two values.</summary>
    public static bool operator <(Volume left, Volume right) => left.CompareTo(right) < 0;

    /// <summary>Compares two values.</summary>
    public static bool operator >(Volume left, Volume right) => left.CompareTo(right) > 0;

    /// <summary>Compares two values.</summary>
    public static bool operator <=(Volume left, Volume right) => left.CompareTo(right) <= 0;

    /// <summary>Compares two values.</summary>
    public static bool operator >=(Volume left, Volume right) => left.CompareTo(right) >= 0;

    /// <summary>The value with its UCUM unit, in the invariant culture.</summary>
    public override string ToString() =>
        string.Create(CultureInfo.InvariantCulture, $"{_litres} {CanonicalUnit}");
}
