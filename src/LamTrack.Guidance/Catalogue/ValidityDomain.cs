using LamTrack.Measures.Quantities;

namespace LamTrack.Guidance.Catalogue;

/// <summary>The patients a rule was written for; outside it the rule answers "not applicable" with the reason.</summary>
/// <param name="Description">The domain in words, as printed by <c>lamtrack rules</c>.</param>
/// <param name="FemaleOnly">Whether the rule applies to women only (the LAM criteria and the case series concern women).</param>
/// <param name="MinimumAge">The youngest age covered, inclusive.</param>
/// <param name="MaximumAge">The oldest age covered, inclusive.</param>
/// <param name="RequiresLamDiagnosis">Whether the rule assumes an established LAM diagnosis (the diagnostic rules do not).</param>
public sealed record ValidityDomain(string Description, bool FemaleOnly, Age MinimumAge, Age MaximumAge, bool RequiresLamDiagnosis);
