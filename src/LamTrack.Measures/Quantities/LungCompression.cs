using System.Globalization;

namespace LamTrack.Measures.Quantities;

/// <summary>The share of a hemithorax's lung collapsed by a pneumothorax, as read on a chest radiograph.</summary>
/// <remarks>Held in percent of the lung's expanded size. Range 0–100 %.</remarks>
public readonly record struct LungCompression : IComparable<LungCompression>
{
    /// <summary>The unit of <see cref="ToPercent"/>, as a UCUM code.</summary>
    public const string CanonicalUnit = "%";

    /// <summary>The smallest accepted value, in %.</summary>
    public const double MinimumPercent = 0.0;

    /// <summary>The largest accepted value, in %.</summary>
    public const double MaximumPercent = 100.0;

    private readonly double _percent;

    private LungCompression(double percent) => _percent = percent;

    /// <summary>Creates a value from %.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The value is not finite or lies outside [0.0, 100.0] %.</exception>
    public static LungCompression FromPercent(double value) =>
        new(Guard.InRange(value, MinimumPercent, MaximumPercent, nameof(value), CanonicalUnit));

    /// <summary>The value in %.</summary>
    public double ToPercent() => _percent;

    /// <inheritdoc/>
    public int CompareTo(LungCompression other) => _percent.CompareTo(other._percent);

    /// <summary>Compares two values.</summary>
    public static bool operator <(LungCompression left, LungCompression right) => left.CompareTo(right) < 0;

    /// <summary>Compares two values.</summary>
    public static bool operator >(LungCompression left, LungCompression right) => left.CompareTo(right) > 0;

    /// <summary>Compares two values.</summary>
    public static bool operator <=(LungCompression left, LungCompression right) => left.CompareTo(right) <= 0;

    /// <summary>Compares two values.</summary>
    public static bool operator >=(LungCompression left, LungCompression right) => left.CompareTo(right) >= 0;

    /// <summary>The value with its UCUM unit, in the invariant culture.</summary>
    public override string ToString() =>
        string.Create(CultureInfo.InvariantCulture, $"{_percent} {CanonicalUnit}");
}
