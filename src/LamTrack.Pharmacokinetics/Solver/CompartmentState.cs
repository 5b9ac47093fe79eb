namespace LamTrack.Pharmacokinetics.Solver;

/// <summary>Drug amounts in the depot (gut), central and peripheral compartments at one instant.</summary>
/// <remarks>Amounts in mg. The concentration in ng/mL is <c>CentralMilligrams / V × 1000</c> with V in L.</remarks>
/// <param name="DepotMilligrams">Amount waiting to be absorbed, mg.</param>
/// <param name="CentralMilligrams">Amount in the central (sampled) compartment, mg.</param>
/// <param name="PeripheralMilligrams">Amount in the peripheral compartment, mg (0 for one compartment).</param>
public readonly record struct CompartmentState(double DepotMilligrams, double CentralMilligrams, double PeripheralMilligrams)
{
    /// <summary>No drug anywhere.</summary>
    public static CompartmentState Empty => default;
}
