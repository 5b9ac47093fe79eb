using System.Globalization;

namespace LamTrack.Measures.Quantities;

/// <summary>A measured value as a percentage of its predicted (reference) value.</summary>
/// <remarks>Held in percent. Range 0–300 %, which covers every lung-function value reported in LAM (for example FVC 120.2 % predicted).</remarks>
public readonly record struct PercentPredicted : IComparable<PercentPredicted>
{
    /// <summary>The unit of <see cref="ToPercent"/>, as a UCUM code.</summary>
    public const string CanonicalUnit = "%";

    /// <summary>The smallest accepted value, in %.</summary>
    public const double MinimumPercent = 0.0;

    /// <summary>The largest accepted value, in %.</summary>
    public const double MaximumPercent = 300.0;

    private readonly double _percent;

    private PercentPredicted(double percent) => _percent = percent;

    /// <summary>Creates a value from %.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The value is not finite or lies outside [0.0, 300.0] %.</exception>
    public static PercentPredicted FromPercent(double value) =>
        new(Guard.InRange(value, MinimumPercent, MaximumPercent, nameof(value), CanonicalUnit));

    /// <summary>The value in %.</summary>
    public double ToPercent() => _percent;

    /// <inheritdoc/>
    public int CompareTo(PercentPredicted other) => _percent.CompareTo(other._percent);

    /// <summary>Compares two values.</summary>
    public static bool operator <(PercentPredicted left, PercentPredicted right) => left.CompareTo(right) < 0;

    /// <summary>Compares two values.</summary>
    public static bool operator >(PercentPredicted left, PercentPredicted right) => left.CompareTo(right) > 0;

    /// <summary>Compares two values.</summary>
    public static bool operator <=(PercentPredicted left, PercentPredicted right) => left.CompareTo(right) <= 0;

    /// <summary>Compares two values.</summary>
    public static bool operator >=(PercentPredicted left, PercentPredicted right) => left.CompareTo(right) >= 0;

    /// <summary>The value with its UCUM unit, in the invariant culture.</summary>
    public override string ToString() =>
        string.Create(CultureInfo.InvariantCulture, $"{_percent} {CanonicalUnit}");
}
