namespace LamTrack.Pharmacokinetics.Interactions;

/// <summary>A co-medication that changes sirolimus CL/F, with its size, time course, citation and verification tags.</summary>
/// <remarks>
/// While taken, CL/F is multiplied by m(t) = 1 + (fold − 1)·(1 − e^(−(t − start)/τ_on)); after stopping, m returns to 1 as
/// 1 + (m_stop − 1)·e^(−(t − stop)/τ_off). Times in h. Verification tags: [P] primary source, [L] label, [S] secondary source, [UNVERIFIED] an assumption.
/// </remarks>
/// <param name="Name">Canonical name (lower case).</param>
/// <param name="Aliases">Other names matched case-insensitively.</param>
/// <param name="Kind">Inducer or inhibitor.</param>
/// <param name="ClearanceFold">CL/F multiplier at full effect (&gt; 1 inducer, &lt; 1 inhibitor).</param>
/// <param name="FoldVerification">Verification tag of the fold.</param>
/// <param name="FoldBasis">Citation and reasoning for the fold.</param>
/// <param name="OnsetTimeConstantHours">τ_on in h (0 = immediate).</param>
/// <param name="OffsetTimeConstantHours">τ_off in h (0 = immediate).</param>
/// <param name="TimeVerification">Verification tag of the time constants.</param>
/// <param name="TimeBasis">Reasoning for the time constants.</param>
/// <remarks>
/// An entry the label lists without a known size has <see cref="IsModelled"/> false and a fold of 1: the engine applies no
/// effect and says in every output that the effect was not modelled.
/// </remarks>
public sealed record Perpetrator(
    string Name, IReadOnlyList<string> Aliases, PerpetratorKind Kind, double ClearanceFold, string FoldVerification, string FoldBasis,
    double OnsetTimeConstantHours, double OffsetTimeConstantHours, string TimeVerification, string TimeBasis)
{
    /// <summary>How the label lists this drug, or null when the table gives no listing.</summary>
    public LabelListing? Listing { get; init; }

    /// <summary>False for an entry listed by the label whose size is not known: no CL/F effect is applied.</summary>
    public bool IsModelled { get; init; } = true;

    /// <summary>The canonical name and every alias.</summary>
    public IEnumerable<string> Names => Aliases.Prepend(Name);

    /// <summary>True when the fold or the time course is not verified in a primary source or the label.</summary>
    public bool HasUnverifiedNumbers =>
        FoldVerification.Contains("UNVERIFIED", StringComparison.OrdinalIgnoreCase) || TimeVerification.Contains("UNVERIFIED", StringComparison.OrdinalIgnoreCase);

    /// <summary>The CL/F multiplier at <paramref name="timeHours"/> for a period [<paramref name="startHours"/>, <paramref name="stopHours"/>).</summary>
    public double MultiplierAt(double timeHours, double startHours, double stopHours)
    {
        if (timeHours < startHours)
        {
            return 1.0;
        }

        double Rise(double t) => 1 + ((ClearanceFold - 1) * (OnsetTimeConstantHours <= 0 ? 1 : 1 - Math.Exp(-(t - startHours) / OnsetTimeConstantHours)));
        if (timeHours < stopHours)
        {
            return Rise(timeHours);
        }

        double atStop = Rise(stopHours);
        return OffsetTimeConstantHours <= 0 ? 1.0 : 1 + ((atStop - 1) * Math.Exp(-(timeHours - stopHours) / OffsetTimeConstantHours));
    }

    /// <summary>True when <paramref name="drug"/> names this perpetrator (name or alias, case-insensitive, trimmed).</summary>
    public bool Matches(string drug)
    {
        ArgumentNullException.ThrowIfNull(drug);
        string key = InteractionNameResolver.Normalise(drug);
        return Names.Any(n => InteractionNameResolver.Normalise(n) == key);
    }
}
