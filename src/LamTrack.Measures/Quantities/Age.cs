using System.Globalization;

namespace LamTrack.Measures.Quantities;

/// <summary>A person's age as stated, in years.</summary>
/// <remarks>Held in years. Range 0–130 years.</remarks>
public readonly record struct Age : IComparable<Age>
{
    /// <summary>The unit of <see cref="ToYears"/>, as a UCUM code.</summary>
    public const string CanonicalUnit = "a";

    /// <summary>The smallest accepted value, in a.</summary>
    public const double MinimumYears = 0.0;

    /// <summary>The largest accepted value, in a.</summary>
    public const double MaximumYears = 130.0;

    private readonly double _years;

    private Age(double years) => _years = years;

    /// <summary>Creates a value from a.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The value is not finite or lies outside [0.0, 130.0] a.</exception>
    public static Age FromYears(double value) =>
        new(Guard.InRange(value, MinimumYears, MaximumYears, nameof(value), CanonicalUnit));

    /// <summary>The value in a.</summary>
    public double ToYears() => _years;

    /// <inheritdoc/>
    public int CompareTo(Age other) => _years.CompareTo(other._years);

    /// <summary>Compares two values.</summary>
    public static bool operator <(Age left, Age right) => left.CompareTo(right) < 0;

    /// <summary>Compares two values.</summary>
    public static bool operator >(Age left, Age right) => left.CompareTo(right) > 0;

    /// <summary>Compares two values.</summary>
    public static bool operator <=(Age left, Age right) => left.CompareTo(right) <= 0;

    /// <summary>Compares two values.</summary>
    public static bool operator >=(Age left, Age right) => left.CompareTo(right) >= 0;

    /// <summary>The value with its UCUM unit, in the invariant culture.</summary>
    public override string ToString() =>
        string.Create(CultureInfo.InvariantCulture, $"{_years} {CanonicalUnit}");
}
