using System.Globalization;

namespace LamTrack.Measures.Quantities;

/// <summary>A signed rate of change of a volume over time, such as the FEV1 slope of a patient.</summary>
/// <remarks>
/// Held in mL/year (UCUM <c>mL/a</c>, with a = 365.25 days). Negative values are a decline: an FEV1 slope of
/// −90 mL/year is a decline of 90 mL/year. Finite, within ±100 000 mL/year; the default is zero.
/// Use <see cref="Volume"/> for a volume itself.
/// </remarks>
public readonly record struct VolumeChangeRate : IComparable<VolumeChangeRate>
{
    /// <summary>The unit of <see cref="ToMillilitresPerYear"/>, as a UCUM code.</summary>
    public const string CanonicalUnit = "mL/a";

    /// <summary>The smallest accepted value, in mL/year.</summary>
    public const double MinimumMillilitresPerYear = -100_000.0;

    /// <summary>The largest accepted value, in mL/year.</summary>
    public const double MaximumMillilitresPerYear = 100_000.0;

    /// <summary>Conversion constant: the days of a Julian year (UCUM <c>a</c>).</summary>
    public const double DaysPerYear = 365.25;

    /// <summary>Conversion constant: months per year.</summary>
    public const double MonthsPerYear = 12.0;

    private readonly double _millilitresPerYear;

    private VolumeChangeRate(double millilitresPerYear) => _millilitresPerYear = millilitresPerYear;

    /// <summary>Creates a value from mL/year.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The value is not finite or lies outside [−100000, 100000] mL/year.</exception>
    public static VolumeChangeRate FromMillilitresPerYear(double value) =>
        new(Guard.InRange(value, MinimumMillilitresPerYear, MaximumMillilitresPerYear, nameof(value), CanonicalUnit));

    /// <summary>Creates a value from mL/day.</summary>
    /// <remarks>mL/year = mL/day × 365.25.</remarks>
    /// <exception cref="ArgumentOutOfRangeException">The converted value is not finite or out of range.</exception>
    public static VolumeChangeRate FromMillilitresPerDay(double value) => FromMillilitresPerYear(value * DaysPerYear);

    /// <summary>Creates a value from mL/month (MILES reports FEV1 slopes in mL/month).</summary>
    /// <remarks>mL/year = mL/month × 12.</remarks>
    /// <exception cref="ArgumentOutOfRangeException">The converted value is not finite or out of range.</exception>
    public static VolumeChangeRate FromMillilitresPerMonth(double value) => FromMillilitresPerYear(value * MonthsPerYear);

    /// <summary>The value in mL/year.</summary>
    public double ToMillilitresPerYear() => _millilitresPerYear;

    /// <summary>The value in mL/day.</summary>
    public double ToMillilitresPerDay() => _millilitresPerYear / DaysPerYear;

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
