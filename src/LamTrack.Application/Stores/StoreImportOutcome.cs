using LamTrack.Application.Problems;

namespace LamTrack.Application.Stores;

/// <summary>What an import into a store did.</summary>
/// <param name="Imported">Patients written.</param>
/// <param name="AlreadyPresent">Patients skipped because the store already held them.</param>
/// <param name="Problems">Patients the store refused (<c>APP-009</c>, then nothing was written) or the store's own problem; empty on success.</param>
public sealed record StoreImportOutcome(int Imported, int AlreadyPresent, IReadOnlyList<Problem> Problems)
{
    /// <summary>True when the import ran to its end.</summary>
    public bool Succeeded => Problems.Count == 0;
}
