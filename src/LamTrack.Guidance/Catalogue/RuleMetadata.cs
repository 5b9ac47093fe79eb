namespace LamTrack.Guidance.Catalogue;

/// <summary>One entry of the rule catalogue: what a rule is, where it comes from and whom it covers.</summary>
/// <param name="Id">The permanent id.</param>
/// <param name="Version">The rule version, from 1; raised whenever the rule's logic or source changes.</param>
/// <param name="Title">A short title.</param>
/// <param name="Category">The clinical area.</param>
/// <param name="Citation">The source, with the verification tag of the fact the rule rests on.</param>
/// <param name="Strength">The strength of evidence.</param>
/// <param name="Confidence">The certainty grade as published (for example "moderate"), or "not graded".</param>
/// <param name="Domain">The validity domain.</param>
public sealed record RuleMetadata(
    RuleId Id,
    int Version,
    string Title,
    RuleCategory Category,
    Citation Citation,
    EvidenceStrength Strength,
    string Confidence,
    ValidityDomain Domain);
