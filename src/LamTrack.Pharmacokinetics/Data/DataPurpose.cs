namespace LamTrack.Pharmacokinetics.Data;

/// <summary>What a NONMEM-style data set is read for; it decides how an observation record without a value is read.</summary>
public enum DataPurpose
{
    /// <summary>Estimation: every observation record with MDV 0 needs a value (DV) or a limit (LLOQ).</summary>
    Estimation,

    /// <summary>Simulation: an observation record whose DV is "." is a prediction row (the usual simulation template;
    /// NONMEM reads "." as 0 and mrgsolve ignores DV), predicted and never used as data.</summary>
    Simulation,
}
