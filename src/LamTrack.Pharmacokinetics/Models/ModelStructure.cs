namespace LamTrack.Pharmacokinetics.Models;

/// <summary>The structural model: compartments and absorption.</summary>
public enum ModelStructure
{
    /// <summary>One compartment, first-order oral absorption (NONMEM ADVAN2); parameters CL, V, KA.</summary>
    OneCompartmentOral,

    /// <summary>Two compartments, first-order oral absorption (NONMEM ADVAN4); parameters CL, V2, Q, V3, KA.</summary>
    TwoCompartmentOral,
}
