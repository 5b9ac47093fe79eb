using LamTrack.Application.Problems;

namespace LamTrack.Application.Guidance;

/// <summary>The rule catalogue, or the problems that kept it from loading.</summary>
/// <param name="Catalogue">The rules and settings, or null when the catalogue is invalid.</param>
/// <param name="Problems">The <c>GUIDE-002</c> problems; empty on success.</param>
public sealed record RuleCatalogueOutcome(RuleCatalogueDocument? Catalogue, IReadOnlyList<Problem> Problems);
