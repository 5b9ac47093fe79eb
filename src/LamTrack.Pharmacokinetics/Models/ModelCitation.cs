namespace LamTrack.Pharmacokinetics.Models;

/// <summary>Where a model comes from.</summary>
/// <param name="Reference">Authors, title, journal, year.</param>
/// <param name="Doi">The DOI, or null.</param>
/// <param name="ReadFrom">What was actually read (primary paper, transcription...).</param>
/// <param name="Verification">Verification tag: [P], [L], [S] or [UNVERIFIED] (docs/references.md, "Verification tags").</param>
public sealed record ModelCitation(string Reference, string? Doi, string ReadFrom, string Verification);
