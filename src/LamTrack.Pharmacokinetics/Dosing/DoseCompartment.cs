namespace LamTrack.Pharmacokinetics.Dosing;

/// <summary>Where a dose goes: the gut depot (oral, NONMEM CMT 1) or the central compartment (bolus, CMT 2).</summary>
public enum DoseCompartment
{
    /// <summary>Oral dose absorbed with first-order rate ka.</summary>
    Depot = 1,

    /// <summary>Instantaneous input into the central compartment.</summary>
    Central = 2,
}
