namespace LamTrack.Application.Guidance;

/// <summary>Whom a rule covers; outside it the rule says it does not apply.</summary>
/// <param name="Description">The domain in words.</param>
/// <param name="FemaleOnly">Whether the rule covers women only.</param>
/// <param name="MinimumAgeYears">The lowest age covered, years.</param>
/// <param name="MaximumAgeYears">The highest age covered, years.</param>
/// <param name="RequiresLamDiagnosis">Whether the rule needs a LAM diagnosis on record.</param>
public sealed record RuleDomainDocument(string Description, bool FemaleOnly, double MinimumAgeYears, double MaximumAgeYears, bool RequiresLamDiagnosis);
