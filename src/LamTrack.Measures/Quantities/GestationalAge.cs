using System.Globalization;

namespace LamTrack.Measures.Quantities;

/// <summary>The age of a pregnancy, counted from the last menstrual period.</summary>
/// <remarks>Held in weeks. Range 0–45 weeks.</remarks>
public readonly record struct GestationalAge : IComparable<GestationalAge>
{
    /// <summary>The unit of <see cref="ToWeeks"/>, as a UCUM code.</summary>
    public const string CanonicalUnit = "wk";

    /// <summary>The smallest accepted value, in wk.</summary>
    public const double MinimumWeeks = 0.0;

    /// <summary>The largest accepted value, in wk.</summary>
    public const double MaximumWeeks = 45.0;

    private readonly double _weeks;

    private GestationalAge(double weeks) => _weeks = weeks;

    /// <summary>Creates a value from wk.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The value is not finite or lies outside [0.0, 45.0] wk.</exception>
    public static GestationalAge FromWeeks(double value) =>
        new(Guard.InRange(value, MinimumWeeks, MaximumWeeks, nameof(value), CanonicalUnit));

    /// <summary>The value in wk.</summary>
    public double ToWeeks() => _weeks;

    /// <inheritdoc/>
    public int CompareTo(GestationalAge other) => _weeks.CompareTo(other._weeks);

    /// <summary>Compares two values.</summary>
    public static bool operator <(GestationalAge left, GestationalAge right) => left.CompareTo(right) < 0;

    /// <summary>Compares two values.</summary>
    public static bool operator >(GestationalAge left, GestationalAge right) => left.CompareTo(right) > 0;

    /// <summary>Compares two values.</summary>
    public static bool operator <=(GestationalAge left, GestationalAge right) => left.CompareTo(right) <= 0;

    /// <summary>Compares two values.</summary>
    public static bool operator >=(GestationalAge left, GestationalAge right) => left.CompareTo(right) >= 0;

    /// <summary>The value with its UCUM unit, in the invariant culture.</summary>
    public override string ToString() =>
        string.Create(CultureInfo.InvariantCulture, $"{_weeks} {CanonicalUnit}");
}
