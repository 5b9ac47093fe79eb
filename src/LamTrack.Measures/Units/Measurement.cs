using System.Globalization;
using LamTrack.Measures.Quantities;

namespace LamTrack.Measures.Units;

/// <summary>A value as recorded: the decimal number and the unit it was written in.</summary>
/// <remarks>
/// Recorded values keep <see cref="decimal"/> and their unit so that nothing written is lost
/// (house style 7.2.4). Conversion to a typed quantity happens once, explicitly, and fails when
/// the unit's dimension does not match the quantity asked for.
/// </remarks>
public sealed record Measurement
{
    private Measurement(decimal value, UcumUnit unit)
    {
        Value = value;
        Unit = unit;
    }

    /// <summary>The number as written.</summary>
    public decimal Value { get; }

    /// <summary>The unit as written, normalised to its UCUM code.</summary>
    public UcumUnit Unit { get; }

    /// <summary>Creates a measurement from a value and a UCUM code or alias.</summary>
    /// <exception cref="ArgumentException">The unit is not known to <see cref="UcumUnits"/>.</exception>
    public static Measurement Create(decimal value, string unitCode)
    {
        if (!UcumUnits.TryParse(unitCode, out UcumUnit? unit))
        {
            throw new ArgumentException($"unknown unit '{unitCode}'", nameof(unitCode));
        }

        return new Measurement(value, unit);
    }

    /// <summary>The value in the canonical unit of its dimension.</summary>
    public double ToCanonical() => (double)Value * Unit.FactorToCanonical;

    /// <summary>Converts to a mass concentration.</summary>
    /// <exception cref="InvalidOperationException">The unit is not a mass concentration.</exception>
    /// <exception cref="ArgumentOutOfRangeException">The value is negative.</exception>
    public MassConcentration ToMassConcentration() =>
        MassConcentration.FromNanogramsPerMillilitre(Canonical(Dimension.MassConcentration));

    /// <summary>Converts to a partial pressure.</summary>
    /// <exception cref="InvalidOperationException">The unit is not a pressure.</exception>
    /// <exception cref="ArgumentOutOfRangeException">The value is out of range.</exception>
    public PartialPressure ToPartialPressure() =>
        PartialPressure.FromMillimetresOfMercury(Canonical(Dimension.Pressure));

    /// <summary>Converts to a volume.</summary>
    /// <exception cref="InvalidOperationException">The unit is not a volume.</exception>
    /// <exception cref="ArgumentOutOfRangeException">The value is out of range.</exception>
    public Volume ToVolume() => Volume.FromLitres(Canonical(Dimension.Volume));

    /// <summary>Converts to a diffusing capacity.</summary>
    /// <exception cref="InvalidOperationException">The unit is not a diffusing capacity.</exception>
    /// <exception cref="ArgumentOutOfRangeException">The value is out of range.</exception>
    public DiffusingCapacity ToDiffusingCapacity() =>
        DiffusingCapacity.FromMillimolesPerMinutePerKilopascal(Canonical(Dimension.DiffusingCapacity));

    /// <summary>Converts to a distance.</summary>
    /// <exception cref="InvalidOperationException">The unit is not a length.</exception>
    /// <exception cref="ArgumentOutOfRangeException">The value is out of range.</exception>
    public Distance ToDistance() => Distance.FromMetres(Canonical(Dimension.Length));

    /// <summary>Why the value cannot be the typed quantity of its dimension (say 10²⁰ ng/mL, past
    /// <see cref="MassConcentration.MaximumNanogramsPerMillilitre"/>), or null when it can or its dimension has no
    /// typed quantity; readers ask this before they convert, so a wild number is a located problem, not an exception.</summary>
    public string? OutOfRangeReason()
    {
        try
        {
            // Each conversion is made and dropped; a switch expression over the typed results would box each one, and
            // this runs for every recorded value of a registry.
            switch (Unit.Dimension)
            {
                case Dimension.MassConcentration: _ = ToMassConcentration(); break;
                case Dimension.Pressure: _ = ToPartialPressure(); break;
                case Dimension.Volume: _ = ToVolume(); break;
                case Dimension.DiffusingCapacity: _ = ToDiffusingCapacity(); break;
                case Dimension.Length: _ = ToDistance(); break;
            }

            return null;
        }
        catch (ArgumentOutOfRangeException ex)
        {
            return ex.Message.Split(" (Parameter", 2)[0];
        }
    }

    /// <summary>The value and its UCUM code, in the invariant culture.</summary>
    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"{Value} {Unit.Code}");

    private double Canonical(Dimension expected)
    {
        if (Unit.Dimension != expected)
        {
            throw new InvalidOperationException(
                $"unit '{Unit.Code}' is a {Unit.Dimension}, not a {expected}");
        }

        return ToCanonical();
    }
}
