using LamTrack.Application.Problems;

namespace LamTrack.Application.Stores;

/// <summary>A backup written, or why none was.</summary>
/// <param name="Path">The full path of the backup, or null when none was written.</param>
/// <param name="Bytes">The size of the backup in bytes (its integrity check passed).</param>
/// <param name="Problems">The problems (<c>APP-010</c>, <c>STORE-007</c>); empty on success.</param>
public sealed record StoreBackupOutcome(string? Path, long Bytes, IReadOnlyList<Problem> Problems);
