using LamTrack.Application.Problems;

namespace LamTrack.Application.Guidance;

/// <summary>One patient's guidance, or the problems that prevented it.</summary>
/// <param name="Advice">The advice, or null.</param>
/// <param name="Problems">Each with its <c>GUIDE-…</c> code; empty on success.</param>
public sealed record AdviceOutcome(PatientAdvice? Advice, IReadOnlyList<Problem> Problems);
