namespace LamTrack.Storage.Integrity;

/// <summary>What a provider's own checks found.</summary>
/// <param name="Problems">Each problem as a sentence; empty when the database passed.</param>
/// <param name="Notes">What was checked, and what could not be (for instance an extension that is not installed).</param>
public sealed record SelfCheckResult(IReadOnlyList<string> Problems, IReadOnlyList<string> Notes);
