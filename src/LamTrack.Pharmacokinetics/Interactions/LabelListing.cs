namespace LamTrack.Pharmacokinetics.Interactions;

/// <summary>How the label lists a perpetrator: the strength of its advice, the verification tag of the listing and its note.</summary>
/// <remarks>
/// Source: Rapamune (sirolimus) US prescribing information section 7 and the international label's interaction lists.
/// The guidance rules read these fields; the PK engine reads the clearance fold of the same entry.
/// </remarks>
/// <param name="Strength">"strong" (the label says avoid) or "moderate-or-unknown" (the label says use with caution).</param>
/// <param name="Tag">Verification tag of the listing: P, L, L/S, S or UNVERIFIED.</param>
/// <param name="Note">The label's advice and any published size of the effect, with their tags.</param>
public sealed record LabelListing(string Strength, string Tag, string Note);
