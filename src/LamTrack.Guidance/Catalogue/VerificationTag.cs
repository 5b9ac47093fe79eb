namespace LamTrack.Guidance.Catalogue;

/// <summary>How well the fact behind a rule or a setting was checked against its source.</summary>
/// <remarks>
/// The tags of docs/references.md ("Verification tags"): [P] primary source, [L] label text, [L/S] label text read
/// in a third-party copy, [S] secondary source only (probable, not confirmed), [UNVERIFIED] not found in any
/// source text. A finding that rests on a <see cref="Secondary"/> fact says "secondary source"; one that rests on
/// an <see cref="Unverified"/> fact or setting is flagged as unverified.
/// </remarks>
public enum VerificationTag
{
    /// <summary>[P]: read in the primary publication, its abstract or its table.</summary>
    Primary,

    /// <summary>[L]: read in official label text.</summary>
    Label,

    /// <summary>[L/S]: label wording read in a third-party reproduction.</summary>
    LabelViaSecondary,

    /// <summary>[S]: read only in a secondary source; probable, not confirmed.</summary>
    Secondary,

    /// <summary>[UNVERIFIED]: not found in any source text; a configurable assumption.</summary>
    Unverified,
}
