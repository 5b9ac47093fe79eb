using System.Globalization;

namespace LamTrack.Measures.Quantities;

/// <summary>An amount of drug given at one administration.</summary>
/// <remarks>Held in mg. Use <see cref="DailyDose"/> for a daily regimen and <see cref="MassConcentration"/> for a level measured. Finite and non-negative, at most 1 kg.</remarks>
public readonly record struct Dose : IComparable<Dose>
{
    /// <summary>The unit of <see cref="ToMilligrams"/>, as a UCUM code.</summary>
    public const string CanonicalUnit = "mg";

    /// <summary>The smallest accepted value, in mg.</summary>
    public const double MinimumMilligrams = 0.0;

    /// <summary>The largest accepted value, in mg.</summary>
    public const double MaximumMilligrams = 1000000.0;

    /// <summary>Conversion constant: MicrogramsPerMilligram.</summary>
    public const double MicrogramsPerMilligram = 1000.0;

    private readonly double _milligrams;

    private Dose(double milligrams) => _milligrams = milligrams;

    /// <summary>Creates a value from mg.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The value is not finite or lies outside [0.0, 1000000.0] mg.</exception>
    public static Dose FromMilligrams(double value) =>
        new(Guard.InRange(value, MinimumMilligrams, MaximumMilligrams, nameof(value), CanonicalUnit));

    /// <summary>Creates a value from Micrograms.</summary>
    /// <remarks>1 mg = 1000 µg.</remarks>
    /// <exception cref="ArgumentOutOfRangeException">The converted value is not finite or out of range.</exception>
    public static Dose FromMicrograms(double value) => FromMilligrams(value * (1.0 / MicrogramsPerMilligram));

    /// <summary>The value in mg.</summary>
    public double ToMilligrams() => _milligrams;

    /// <summary>The value in Micrograms.</summary>
    public double ToMicrograms() => _milligrams / (1.0 / MicrogramsPerMilligram);

    /// <inheritdoc/>
    public int CompareTo(Dose other) => _milligrams.CompareTo(other._milligrams);

    /// <summary>Compares two values.</summary>
    public static bool operator <(Dose left, Dose right) => left.CompareTo(right) < 0;

    /// <summary>Compares two values.</summary>
    public static bool operator >(Dose left, Dose right) => left.CompareTo(right) > 0;

    /// <summary>Compares two values.</summary>
    public static bool operator <=(Dose left, Dose right) => left.CompareTo(right) <= 0;

    /// <summary>Compares two values.</summary>
    public static bool operator >=(Dose left, Dose right) => left.CompareTo(right) >= 0;

    /// <summary>The value with its UCUM unit, in the invariant culture.</summary>
    public override string ToString() =>
        string.Create(CultureInfo.InvariantCulture, $"{_milligrams} {CanonicalUnit}");
}
