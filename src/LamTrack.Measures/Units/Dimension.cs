namespace LamTrack.Measures.Units;

/// <summary>The physical dimension of a unit, which decides the quantity type a value converts to.</summary>
public enum Dimension
{
    /// <summary>Mass per volume (ng/mL canonical); see <see cref="Quantities.MassConcentration"/>.</summary>
    MassConcentration,

    /// <summary>Pressure (mmHg canonical); see <see cref="Quantities.PartialPressure"/>.</summary>
    Pressure,

    /// <summary>Volume (L canonical); see <see cref="Quantities.Volume"/>.</summary>
    Volume,

    /// <summary>A dimensionless percentage.</summary>
    Percent,

    /// <summary>Length (m canonical for distances; lesions use cm).</summary>
    Length,

    /// <summary>Mass (mg canonical for doses; body mass uses kg).</summary>
    Mass,

    /// <summary>Mass per time (mg/day canonical); see <see cref="Quantities.DailyDose"/>.</summary>
    MassRate,

    /// <summary>Amount per time per pressure (mmol/min/kPa canonical); see <see cref="Quantities.DiffusingCapacity"/>.</summary>
    DiffusingCapacity,
}
