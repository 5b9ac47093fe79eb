namespace LamTrack.Application.Guidance;

/// <summary>A rule that did not apply to the patient, with the reason.</summary>
/// <param name="RuleId">The rule.</param>
/// <param name="Reason">Why it did not apply.</param>
public sealed record NotApplicableDocument(string RuleId, string Reason);
