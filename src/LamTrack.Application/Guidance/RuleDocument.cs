namespace LamTrack.Application.Guidance;

/// <summary>One rule of the catalogue: what it is, where it comes from and whom it covers.</summary>
/// <param name="RuleId">The permanent id.</param>
/// <param name="Version">The rule version, from 1.</param>
/// <param name="Title">A short title.</param>
/// <param name="Category">The clinical area.</param>
/// <param name="Citation">The source, with the verification tag of the fact the rule rests on.</param>
/// <param name="Strength">The strength of evidence.</param>
/// <param name="Confidence">The certainty grade as published, or "not graded".</param>
/// <param name="Domain">The validity domain.</param>
public sealed record RuleDocument(string RuleId, int Version, string Title, string Category, CitationDocument Citation, string Strength, string Confidence, RuleDomainDocument Domain);
