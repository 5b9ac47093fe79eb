namespace LamTrack.Storage.Auditing;

/// <summary>Where the hash chain ends: how many chained entries there are and the last one's hash.</summary>
/// <param name="EntryCount">The number of chained entries.</param>
/// <param name="LastHash">The last chained entry's hash, or <see cref="AuditCanonicalForm.GenesisHash"/> when there is none.</param>
internal readonly record struct AuditChainHead(long EntryCount, string LastHash);
