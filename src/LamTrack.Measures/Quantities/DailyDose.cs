using System.Globalization;

namespace LamTrack.Measures.Quantities;

/// <summary>A daily dose rate of a drug, such as sirolimus 2 mg/day.</summary>
/// <remarks>Held in mg/day. Finite and non-negative, at most 1 kg/day. Use <see cref="Dose"/> for one administration.</remarks>
public readonly record struct DailyDose : IComparable<DailyDose>
{
    /// <summary>The unit of <see cref="ToMilligramsPerDay"/>, as a UCUM code.</summary>
    public const string CanonicalUnit = "mg/d";

    /// <summary>The smallest accepted value, in mg/d.</summary>
    public const double MinimumMilligramsPerDay = 0.0;

    /// <summary>The largest accepted value, in mg/d.</summary>
    public const double MaximumMilligramsPerDay = 1000000.0;

    private readonly double _milligramsPerDay;

    private DailyDose(double milligramsPerDay) => _milligramsPerDay = milligramsPerDay;

    /// <summary>Creates a value from mg/d.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The value is not finite or lies outside [0.0, 1000000.0] mg/d.</exception>
    public static DailyDose FromMilligramsPerDay(double value) =>
        new(Guard.InRange(value, MinimumMilligramsPerDay, MaximumMilligramsPerDay, nameof(value), CanonicalUnit));

    /// <summary>The value in mg/d.</summary>
    public double ToMilligramsPerDay() => _milligramsPerDay;

    /// <inheritdoc/>
    public int CompareTo(DailyDose other) => _milligramsPerDay.CompareTo(other._milligramsPerDay);

    /// <summary>Compares two values.</summary>
    public static bool operator <(DailyDose left, DailyDose right) => left.CompareTo(right) < 0;

    /// <summary>Compares two values.</summary>
    public static bool operator >(DailyDose left, DailyDose right) => left.CompareTo(right) > 0;

    /// <summary>Compares two values.</summary>
    public static bool operator <=(DailyDose left, DailyDose right) => left.CompareTo(right) <= 0;

    /// <summary>Compares two values.</summary>
    public static bool operator >=(DailyDose left, DailyDose right) => left.CompareTo(right) >= 0;

    /// <summary>The value with its UCUM unit, in the invariant culture.</summary>
    public override string ToString() =>
        string.Create(CultureInfo.InvariantCulture, $"{_milligramsPerDay} {CanonicalUnit}");
}
