namespace LamTrack.Application.Ports;

/// <summary>What an <see cref="IPatientImportTarget"/> did with the patients it was given.</summary>
/// <param name="Created">Ids that were not in the target and were added.</param>
/// <param name="Updated">Ids that were there with different content and were replaced (in a store: a new audited version).</param>
/// <param name="Unchanged">Ids that were there with identical content: nothing was written for them.</param>
public sealed record ImportWriteResult(IReadOnlyList<string> Created, IReadOnlyList<string> Updated, IReadOnlyList<string> Unchanged);
