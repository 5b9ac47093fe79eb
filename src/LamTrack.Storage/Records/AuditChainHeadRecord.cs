namespace LamTrack.Storage.Records;

/// <summary>The single row of <c>AuditChainHead</c>: where the audit trail's hash chain ends.</summary>
/// <remarks>
/// Every append updates this row in the same transaction as its audit entries, after locking it first, so two
/// writers queue on the row instead of both linking to the same predecessor (a fork). It also lets
/// <see cref="Auditing.AuditChainVerifier"/> notice entries removed from the end of the trail, which no link can show.
/// </remarks>
public sealed class AuditChainHeadRecord
{
    /// <summary>The row's key; always <see cref="SingletonId"/>.</summary>
    public const int SingletonId = 1;

    /// <summary>The row's key, <see cref="SingletonId"/>.</summary>
    public int Id { get; set; }

    /// <summary>How many chained (hashed) entries the trail holds.</summary>
    public long EntryCount { get; set; }

    /// <summary>The <see cref="AuditEntryRecord.EntryHash"/> of the last chained entry, or the genesis hash when there is none.</summary>
    public string LastHash { get; set; } = string.Empty;

    /// <summary>How many entries the trail held when the chain was introduced; those carry no hashes.</summary>
    public long LegacyEntries { get; set; }

    /// <summary>The largest entry number written before the chain (0 when none); an unhashed entry above it is a break.</summary>
    public long LegacyLastEntryId { get; set; }
}
