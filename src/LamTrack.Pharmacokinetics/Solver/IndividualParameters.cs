namespace LamTrack.Pharmacokinetics.Solver;

/// <summary>The apparent pharmacokinetic parameters of one subject, for oral first-order absorption.</summary>
/// <remarks>
/// All parameters are apparent oral values (divided by the unknown bioavailability F), as in every sirolimus popPK model.
/// Clearances in L/h, volumes in L, the absorption rate constant in 1/h. A one-compartment subject has
/// <see cref="IntercompartmentalClearanceLitresPerHour"/> = 0 and <see cref="PeripheralVolumeLitres"/> = 0.
/// </remarks>
public readonly record struct IndividualParameters
{
    private IndividualParameters(double cl, double v, double ka, double q, double vp)
    {
        ClearanceLitresPerHour = cl;
        CentralVolumeLitres = v;
        AbsorptionRatePerHour = ka;
        IntercompartmentalClearanceLitresPerHour = q;
        PeripheralVolumeLitres = vp;
    }

    /// <summary>Elimination clearance CL/F, in L/h.</summary>
    public double ClearanceLitresPerHour { get; }

    /// <summary>Central volume V/F (V2/F in two-compartment models), in L.</summary>
    public double CentralVolumeLitres { get; }

    /// <summary>First-order absorption rate constant ka, in 1/h.</summary>
    public double AbsorptionRatePerHour { get; }

    /// <summary>Inter-compartmental clearance Q/F, in L/h (0 for one compartment).</summary>
    public double IntercompartmentalClearanceLitresPerHour { get; }

    /// <summary>Peripheral volume V3/F, in L (0 for one compartment).</summary>
    public double PeripheralVolumeLitres { get; }

    /// <summary>True when the subject has a peripheral compartment.</summary>
    public bool IsTwoCompartment => IntercompartmentalClearanceLitresPerHour > 0 && PeripheralVolumeLitres > 0;

    /// <summary>A one-compartment subject.</summary>
    /// <param name="clearanceLitresPerHour">CL/F in L/h, finite and positive.</param>
    /// <param name="volumeLitres">V/F in L, finite and positive.</param>
    /// <param name="absorptionRatePerHour">ka in 1/h, finite and positive.</param>
    /// <exception cref="ArgumentOutOfRangeException">A parameter is not finite and positive.</exception>
    public static IndividualParameters OneCompartment(double clearanceLitresPerHour, double volumeLitres, double absorptionRatePerHour) =>
        new(Positive(clearanceLitresPerHour, nameof(clearanceLitresPerHour)), Positive(volumeLitres, nameof(volumeLitres)),
            Positive(absorptionRatePerHour, nameof(absorptionRatePerHour)), 0, 0);

    /// <summary>A two-compartment subject.</summary>
    /// <param name="clearanceLitresPerHour">CL/F in L/h, positive.</param>
    /// <param name="centralVolumeLitres">V2/F in L, positive.</param>
    /// <param name="intercompartmentalClearanceLitresPerHour">Q/F in L/h, zero or positive (zero reduces to one compartment).</param>
    /// <param name="peripheralVolumeLitres">V3/F in L, positive.</param>
    /// <param name="absorptionRatePerHour">ka in 1/h, positive.</param>
    /// <exception cref="ArgumentOutOfRangeException">A parameter is not finite, or not positive where required.</exception>
    public static IndividualParameters TwoCompartment(
        double clearanceLitresPerHour, double centralVolumeLitres, double intercompartmentalClearanceLitresPerHour,
        double peripheralVolumeLitres, double absorptionRatePerHour)
    {
        if (!(intercompartmentalClearanceLitresPerHour >= 0) || !double.IsFinite(intercompartmentalClearanceLitresPerHour))
        {
            throw new ArgumentOutOfRangeException(nameof(intercompartmentalClearanceLitresPerHour), intercompartmentalClearanceLitresPerHour, "must be finite and ≥ 0 L/h");
        }

        return new(Positive(clearanceLitresPerHour, nameof(clearanceLitresPerHour)), Positive(centralVolumeLitres, nameof(centralVolumeLitres)),
            Positive(absorptionRatePerHour, nameof(absorptionRatePerHour)), intercompartmentalClearanceLitresPerHour,
            Positive(peripheralVolumeLitres, nameof(peripheralVolumeLitres)));
    }

    /// <summary>The same subject with CL/F multiplied by <paramref name="factor"/> (an interaction or dose effect).</summary>
    /// <exception cref="ArgumentOutOfRangeException">The factor is not finite and positive.</exception>
    public IndividualParameters WithClearanceMultipliedBy(double factor) =>
        new(ClearanceLitresPerHour * Positive(factor, nameof(factor)), CentralVolumeLitres, AbsorptionRatePerHour,
            IntercompartmentalClearanceLitresPerHour, PeripheralVolumeLitres);

    private static double Positive(double value, string name) =>
        double.IsFinite(value) && value > 0 ? value : throw new ArgumentOutOfRangeException(name, value, "must be finite and > 0");
}
