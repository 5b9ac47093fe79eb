using System.Globalization;

namespace LamTrack.Measures.Quantities;

/// <summary>A dimensionless part of a whole, such as the FEV1/FVC ratio.</summary>
/// <remarks>Held in percent. Range 0–100 %; a fraction f is 100·f percent.</remarks>
public readonly record struct Proportion : IComparable<Proportion>
{
    /// <summary>The unit of <see cref="ToPercent"/>, as a UCUM code.</summary>
    public const string CanonicalUnit = "%";

    /// <summary>The smallest accepted value, in %.</summary>
    public const double MinimumPercent = 0.0;

    /// <summary>The largest accepted value, in %.</summary>
    public const double MaximumPercent = 100.0;

    /// <summary>Conversion constant: PercentPerUnit.</summary>
    public const double PercentPerUnit = 100.0;

    private readonly double _percent;

    private Proportion(double percent) => _percent = percent;

    /// <summary>Creates a value from %.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The value is not finite or lies outside [0.0, 100.0] %.</exception>
    public static Proportion FromPercent(double value) =>
        new(Guard.InRange(value, MinimumPercent, MaximumPercent, nameof(value), CanonicalUnit));

    /// <summary>Creates a value from Fraction.</summary>
    /// <remarks>A fraction in [0, 1].</remarks>
    /// <exception cref="ArgumentOutOfRangeException">The converted value is not finite or out of range.</exception>
    public static Proportion FromFraction(double value) => FromPercent(value * (PercentPerUnit));

    /// <summary>The value in %.</summary>
    public double ToPercent() => _percent;

    /// <summary>The value in Fraction.</summary>
    public double ToFraction() => _percent / (PercentPerUnit);

    /// <inheritdoc/>
    public int CompareTo(Proportion other) => _percent.CompareTo(other._percent);

    /// <summary>Compares two values.</summary>
    public static bool operator <(Proportion left, Proportion right) => left.CompareTo(right) < 0;

    /// <summary>Compares two values.</summary>
    public static bool operator >(Proportion left, Proportion right) => left.CompareTo(right) > 0;

    /// <summary>Compares two values.</summary>
    public static bool operator <=(Proportion left, Proportion right) => left.CompareTo(right) <= 0;

    /// <summary>Compares two values.</summary>
    public static bool operator >=(Proportion left, Proportion right) => left.CompareTo(right) >= 0;

    /// <summary>The value with its UCUM unit, in the invariant culture.</summary>
    public override string ToString() =>
        string.Create(CultureInfo.InvariantCulture, $"{_percent} {CanonicalUnit}");
}
