using LamTrack.Storage.Records;
using Microsoft.EntityFrameworkCore;

namespace LamTrack.Storage.Auditing;

/// <summary>Walks the audit trail in row order and checks every entry's hash and link, reporting the first break.</summary>
/// <remarks>
/// <para>For each entry, in increasing row number:</para>
/// <list type="number">
/// <item>an entry without hashes is allowed only before the first chained entry and at or below the head's
/// <see cref="AuditChainHeadRecord.LegacyLastEntryId"/> (written before migration <c>AuditHashChain</c>);</item>
/// <item>its <c>EntryHash</c> must equal the SHA-256 of its canonical form (<see cref="AuditCanonicalForm"/>): else it was edited;</item>
/// <item>its <c>PreviousHash</c> must equal the previous chained entry's <c>EntryHash</c> (the genesis hash for the first):
/// else an entry before it was removed, inserted or moved.</item>
/// </list>
/// <para>
/// At the end, the number of chained entries and the last hash must match the head row (else entries were removed
/// from the end), and the number of legacy entries must match the count the migration recorded. What no check inside
/// the database can catch is someone who rewrites every hash after an edit and the head too; compare
/// <see cref="AuditChainReport.HeadHash"/> with a copy kept elsewhere to catch that.
/// </para>
/// </remarks>
public sealed class AuditChainVerifier
{
    private readonly LamTrackDatabase _database;

    /// <summary>Creates a verifier over a database; it only reads.</summary>
    public AuditChainVerifier(LamTrackDatabase database)
    {
        ArgumentNullException.ThrowIfNull(database);
        _database = database;
    }

    /// <summary>Checks the whole trail, streaming it in row order.</summary>
    public async Task<AuditChainReport> VerifyAsync(CancellationToken cancellationToken = default)
    {
        await using LamTrackDbContext db = _database.CreateContext();
        AuditChainHeadRecord? head = await db.AuditChainHead.AsNoTracking()
            .SingleOrDefaultAsync(h => h.Id == AuditChainHeadRecord.SingletonId, cancellationToken).ConfigureAwait(false);
        if (head is null)
        {
            return new AuditChainReport(0, 0, AuditCanonicalForm.GenesisHash, null, "the audit chain head row is missing: it was deleted");
        }

        var walk = new ChainWalk(head);
        IAsyncEnumerable<AuditEntryRecord> entries = db.AuditEntries.AsNoTracking().OrderBy(a => a.Id).AsAsyncEnumerable();
        await foreach (AuditEntryRecord entry in entries.WithCancellation(cancellationToken).ConfigureAwait(false))
        {
            if (walk.Check(entry) is { } problem)
            {
                return walk.Report(entry.Id, problem);
            }
        }

        return walk.Report(null, walk.CheckEnd());
    }

    /// <summary>The state of one walk along the chain.</summary>
    private sealed class ChainWalk(AuditChainHeadRecord head)
    {
        private long _chained;
        private long _legacy;
        private long? _previousId;
        private string _lastHash = AuditCanonicalForm.GenesisHash;

        public string? Check(AuditEntryRecord entry)
        {
            string? problem = entry.EntryHash is null && entry.PreviousHash is null ? CheckLegacy(entry) : CheckLinked(entry);
            _previousId = entry.Id;
            return problem;
        }

        public string? CheckEnd()
        {
            if (_chained != head.EntryCount || _lastHash != head.LastHash)
            {
                return $"the trail ends after {_chained} chained entries in hash {_lastHash}, but the chain head records {head.EntryCount} ending in {head.LastHash}: entries were removed from the end, or the head was changed";
            }

            return _legacy != head.LegacyEntries
                ? $"{_legacy} entries from before the chain remain, but {head.LegacyEntries} were there when the chain began: entries were removed or added"
                : null;
        }

        public AuditChainReport Report(long? entryId, string? problem) => new(_chained, _legacy, _lastHash, entryId, problem);

        private string? CheckLegacy(AuditEntryRecord entry)
        {
            if (_chained > 0 || entry.Id > head.LegacyLastEntryId)
            {
                return $"entry #{entry.Id} carries no hash but was written after the chain began: it was inserted, or its hashes were removed";
            }

            _legacy++;
            return null;
        }

        private string? CheckLinked(AuditEntryRecord entry)
        {
            if (entry.EntryHash != AuditCanonicalForm.Hash(entry))
            {
                return $"entry #{entry.Id} ({entry.Action} of {entry.EntityType} '{entry.EntityKey}') does not match its hash: it was edited";
            }

            if (entry.PreviousHash != _lastHash)
            {
                string before = _previousId is { } id ? $"entry #{id}" : "the start of the chain";
                return $"entry #{entry.Id} does not link to {before}: an entry between them was removed, inserted or moved";
            }

            _chained++;
            _lastHash = entry.EntryHash;
            return null;
        }
    }
}
