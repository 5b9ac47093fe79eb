using LamTrack.Application.Problems;

namespace LamTrack.Application.Guidance;

/// <summary>The worklist, or the problems that prevented it (invalid settings or catalogue).</summary>
/// <param name="Worklist">The worklist, or null.</param>
/// <param name="Problems">Each with its <c>GUIDE-…</c> code; empty on success.</param>
public sealed record WorklistOutcome(Worklist? Worklist, IReadOnlyList<Problem> Problems);
