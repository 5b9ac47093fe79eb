namespace LamTrack.Pharmacokinetics.Interactions;

/// <summary>What the engine did with one co-medication, for the output.</summary>
/// <param name="Drug">The drug as recorded.</param>
/// <param name="Perpetrator">The matched table entry, or null when unknown.</param>
/// <param name="Message">A sentence for the clinician: effect applied (with tags) or "unknown: not modelled".</param>
public sealed record InteractionNote(string Drug, Perpetrator? Perpetrator, string Message)
{
    /// <summary>True when the drug is not in the table: its effect is unknown and was not modelled.</summary>
    public bool IsUnknown => Perpetrator is null;

    /// <summary>True when the applied effect uses an unverified number.</summary>
    public bool IsUnverified => Perpetrator?.HasUnverifiedNumbers ?? false;
}
