using System.Globalization;

namespace LamTrack.Measures.Quantities;

/// <summary>A mass concentration such as a sirolimus whole-blood trough or a serum VEGF-D level.</summary>
/// <remarks>Held in ng/mL. 1 ng/mL = 1 µg/L; 1 pg/mL = 0.001 ng/mL. Use <see cref="Dose"/> for an amount given and this type for an amount per volume measured. Finite and non-negative; the default is zero.</remarks>
public readonly record struct MassConcentration : IComparable<MassConcentration>
{
    /// <summary>The unit of <see cref="ToNanogramsPerMillilitre"/>, as a UCUM code.</summary>
    public const string CanonicalUnit = "ng/mL";

    /// <summary>The smallest accepted value, in ng/mL.</summary>
    public const double MinimumNanogramsPerMillilitre = 0.0;

    /// <summary>The largest accepted value, in ng/mL.</summary>
    public const double MaximumNanogramsPerMillilitre = 1000000000000.0;

    /// <summary>Conversion constant: PicogramsPerNanogram.</summary>
    public const double PicogramsPerNanogram = 1000.0;

    /// <summary>Conversion constant: NanogramsPerMilligram.</summary>
    public const double NanogramsPerMilligram = 1_000_000.0;

    /// <summary>Conversion constant: MillilitresPerLitre.</summary>
    public const double MillilitresPerLitre = 1000.0;

    /// <summary>Conversion constant: MillilitresPerDecilitre (lipids and urine protein are often reported per dL).</summary>
    public const double MillilitresPerDecilitre = 100.0;

    /// <summary>Conversion constant: MilligramsPerGram.</summary>
    public const double MilligramsPerGram = 1000.0;

    private readonly double _nanogramsPerMillilitre;

    private MassConcentration(double nanogramsPerMillilitre) => _nanogramsPerMillilitre = nanogramsPerMillilitre;

    /// <summary>Creates a value from ng/mL.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The value is not finite or lies outside [0.0, 1000000000000.0] ng/mL.</exception>
    public static MassConcentration FromNanogramsPerMillilitre(double value) =>
        new(Guard.InRange(value, MinimumNanogramsPerMillilitre, MaximumNanogramsPerMillilitre, nameof(value), CanonicalUnit));

    /// <summary>Creates a value from MicrogramsPerLitre.</summary>
    /// <remarks>1 µg/L equals 1 ng/mL.</remarks>
    /// <exception cref="ArgumentOutOfRangeException">The converted value is not finite or out of range.</exception>
    public static MassConcentration FromMicrogramsPerLitre(double value) => FromNanogramsPerMillilitre(value * (1.0));

    /// <summary>Creates a value from PicogramsPerMillilitre.</summary>
    /// <remarks>VEGF-D is reported in pg/mL.</remarks>
    /// <exception cref="ArgumentOutOfRangeException">The converted value is not finite or out of range.</exception>
    public static MassConcentration FromPicogramsPerMillilitre(double value) => FromNanogramsPerMillilitre(value * (1.0 / PicogramsPerNanogram));

    /// <summary>Creates a value from MilligramsPerLitre.</summary>
    /// <remarks>1 mg/L = 1000 ng/mL.</remarks>
    /// <exception cref="ArgumentOutOfRangeException">The converted value is not finite or out of range.</exception>
    public static MassConcentration FromMilligramsPerLitre(double value) => FromNanogramsPerMillilitre(value * (NanogramsPerMilligram / MillilitresPerLitre));

    /// <summary>The value in ng/mL.</summary>
    public double ToNanogramsPerMillilitre() => _nanogramsPerMillilitre;

    /// <summary>The value in MicrogramsPerLitre.</summary>
    public double ToMicrogramsPerLitre() => _nanogramsPerMillilitre / (1.0);

    /// <summary>The value in PicogramsPerMillilitre.</summary>
    public double ToPicogramsPerMillilitre() => _nanogramsPerMillilitre / (1.0 / PicogramsPerNanogram);

    /// <summary>The value in MilligramsPerLitre.</summary>
    public double ToMilligramsPerLitre() => _nanogramsPerMillilitre / (NanogramsPerMilligram / MillilitresPerLitre);

    /// <inheritdoc/>
    public int CompareTo(MassConcentration other) => _nanogramsPerMillilitre.CompareTo(other._nanogramsPerMillilitre);

    /// <summary>Compares two values.</summary>
    public static bool operator <(MassConcentration left, MassConcentration right) => left.CompareTo(right) < 0;

    /// <summary>Compares two values.</summary>
    public static bool operator >(MassConcentration left, MassConcentration right) => left.CompareTo(right) > 0;

    /// <summary>Compares two values.</summary>
    public static bool operator <=(MassConcentration left, MassConcentration right) => left.CompareTo(right) <= 0;

    /// <summary>Compares two values.</summary>
    public static bool operator >=(MassConcentration left, MassConcentration right) => left.CompareTo(right) >= 0;

    /// <summary>The value with its UCUM unit, in the invariant culture.</summary>
    public override string ToString() =>
        string.Create(CultureInfo.InvariantCulture, $"{_nanogramsPerMillilitre} {CanonicalUnit}");
}
