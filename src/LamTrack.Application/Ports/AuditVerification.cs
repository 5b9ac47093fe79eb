namespace LamTrack.Application.Ports;

/// <summary>The state of a store's audit chain.</summary>
/// <param name="Description">The store, for messages.</param>
/// <param name="ChainedEntries">Entries covered by the chain (checked up to the break, if any).</param>
/// <param name="LegacyEntries">Entries written before the chain, which it does not cover.</param>
/// <param name="HeadHash">The SHA-256 of the last entry, to be kept outside the database: a rewrite of the whole chain changes it.</param>
/// <param name="BrokenAtEntry">The first entry whose hash or link does not hold, or null.</param>
/// <param name="Problem">What is wrong at the break, or null when the chain is intact.</param>
public sealed record AuditVerification(string Description, long ChainedEntries, long LegacyEntries, string HeadHash, long? BrokenAtEntry, string? Problem)
{
    /// <summary>The store's code for a broken chain.</summary>
    public const string BrokenCode = "STORE-009";

    /// <summary>Whether every chained entry holds.</summary>
    public bool IsIntact => Problem is null;
}
