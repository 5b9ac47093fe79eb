using System.Globalization;

namespace LamTrack.Measures.Quantities;

/// <summary>A walked distance, such as a six-minute walk.</summary>
/// <remarks>Held in metres. Finite and non-negative, at most 100 km.</remarks>
public readonly record struct Distance : IComparable<Distance>
{
    /// <summary>The unit of <see cref="ToMetres"/>, as a UCUM code.</summary>
    public const string CanonicalUnit = "m";

    /// <summary>The smallest accepted value, in m.</summary>
    public const double MinimumMetres = 0.0;

    /// <summary>The largest accepted value, in m.</summary>
    public const double MaximumMetres = 100000.0;

    /// <summary>Conversion constant: MetresPerKilometre.</summary>
    public const double MetresPerKilometre = 1000.0;

    private readonly double _metres;

    private Distance(double metres) => _metres = metres;

    /// <summary>Creates a value from m.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The value is not finite or lies outside [0.0, 100000.0] m.</exception>
    public static Distance FromMetres(double value) =>
        new(Guard.InRange(value, MinimumMetres, MaximumMetres, nameof(value), CanonicalUnit));

    /// <summary>Creates a value from Kilometres.</summary>
    /// <remarks>1 km = 1000 m.</remarks>
    /// <exception cref="ArgumentOutOfRangeException">The converted value is not finite or out of range.</exception>
    public static Distance FromKilometres(double value) => FromMetres(value * (MetresPerKilometre));

    /// <summary>The value in m.</summary>
    public double ToMetres() => _metres;

    /// <summary>The value in Kilometres.</summary>
    public double ToKilometres() => _metres / (MetresPerKilometre);

    /// <inheritdoc/>
    public int CompareTo(Distance other) => _metres.CompareTo(other._metres);

    /// <summary>Compares two values.</summary>
    public static bool operator <(Distance left, Distance right) => left.CompareTo(right) < 0;

    /// <summary>Compares two values.</summary>
    public static bool operator >(Distance left, Distance right) => left.CompareTo(right) > 0;

    /// <summary>Compares two values.</summary>
    public static bool operator <=(Distance left, Distance right) => left.CompareTo(right) <= 0;

    /// <summary>Compares two values.</summary>
    public static bool operator >=(Distance left, Distance right) => left.CompareTo(right) >= 0;

    /// <summary>The value with its UCUM unit, in the invariant culture.</summary>
    public override string ToString() =>
        string.Create(CultureInfo.InvariantCulture, $"{_metres} {CanonicalUnit}");
}
