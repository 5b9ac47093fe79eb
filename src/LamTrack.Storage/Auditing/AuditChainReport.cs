namespace LamTrack.Storage.Auditing;

/// <summary>What <see cref="AuditChainVerifier"/> found: the chain's extent and its first broken link, if any.</summary>
/// <param name="ChainedEntries">Entries that carry hashes and were checked.</param>
/// <param name="LegacyEntries">Entries written before the chain existed; they carry no hashes and are not covered.</param>
/// <param name="HeadHash">The hash the trail ends in (record it elsewhere to detect a rewrite of the whole chain).</param>
/// <param name="BrokenAtEntry">The row number of the first entry whose link or content is wrong, or null when the break is not at an entry (or there is none).</param>
/// <param name="Problem">What is wrong, in words, or null when the chain is intact.</param>
public sealed record AuditChainReport(long ChainedEntries, long LegacyEntries, string HeadHash, long? BrokenAtEntry, string? Problem)
{
    /// <summary>Whether every link and every entry's content checked out.</summary>
    public bool IsIntact => Problem is null;
}
