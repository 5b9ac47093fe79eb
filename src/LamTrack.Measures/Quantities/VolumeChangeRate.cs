using System.Globalization;

namespace LamTrack.Measures.Quantities;

/// <summary>A rate of change of a volume over time, such as the yearly decline of FEV1.</summary>
/// <remarks>
/// Held in mL/year, where a year is the Julian year of 365.25 days and a month is one twelfth of it. Negative
/// values are declines. Finite, within ±100 000 mL/year. Use <see cref="Volume"/> for a volume itself.
/// </remarks>
public readonly record struct VolumeChangeRate : IComparable<VolumeChangeRate>
{
    /// <summary>The unit of <see cref="ToMillilitresPerYear"/>, as a UCUM code.</summary>
    public const string CanonicalUnit = "mL/a";

    /// <summary>The largest accepted magnitude, in mL/year.</summary>
    public const double MaximumMagnitudeMillilitresPerYear = 100_000.0;

    /// <summary>Conversion constant: days in a Julian year.</summary>
    public const double DaysPerYear = 365.25;

    /// <summary>Conversion constant: months in a year.</summary>
    public const double MonthsPerYear = 12.0;

    private readonly double _millilitresPerYear;

    private VolumeChangeRate(double millilitresPerYear) => _millilitresPerYear = millilitresPerYear;

    /// <summary>Creates a value from mL/year.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The value is not finite or its magnitude exceeds 100 000 mL/year.</exception>
    public static VolumeChangeRate FromMillilitresPerYear(double value) =>
        new(Guard.InRange(value, -MaximumMagnitudeMillilitresPerYear, MaximumMagnitudeMillilitresPerYear, nameof(value), CanonicalUnit));

    /// <summary>Creates a value from mL/day.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The converted value is not finite or out of range.</exception>
    public static VolumeChangeRate FromMillilitresPerDay(double value) => FromMillilitresPerYear(value * DaysPerYear);

    /// <summary>The value in mL/year.</summary>
    public double ToMillilitresPerYear() => _millilitresPerYear;

    /// <summary>The value in mL/month (a month being a twelfth of a 365.25-day year).</summary>
    public double ToMillilitresPerMonth() => _millilitresPerYear / MonthsPerYear;

    /// <inheritdoc/>
    public int CompareTo(VolumeChangeRate other) => _millilitresPerYear.CompareTo(other._millilitresPerYear);

    /// <summary>Compares two values.</summary>
    public static bool operator <(VolumeChangeRate left, VolumeChangeRate right) => left.CompareTo(right) < 0;

    /// <summary>Compares two values.</summary>
    public static bool operator >(VolumeChangeRate left, VolumeChangeRate right) => left.CompareTo(right) > 0;

    /// <summary>Compares two values.</summary>
    public static bool operator <=(VolumeChangeRate left, VolumeChangeRate right) => left.CompareTo(right) <= 0;

    /// <summary>Compares two values.</summary>
    public static bool operator >=(VolumeChangeRate left, VolumeChangeRate right) => left.CompareTo(right) >= 0;

    /// <summary>The value with its UCUM unit, in the invariant culture.</summary>
    public override string ToString() =>
        string.Create(CultureInfo.InvariantCulture, $"{_millilitresPerYear} {CanonicalUnit}");
}
