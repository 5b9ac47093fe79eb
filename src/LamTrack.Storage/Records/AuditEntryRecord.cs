using NodaTime;

namespace LamTrack.Storage.Records;

/// <summary>One row of the append-only <c>AuditEntries</c> table: who changed what, when, from what to what.</summary>
/// <remarks>
/// Rows are only ever inserted: <see cref="LamTrackDbContext"/> refuses to update or delete them, and a
/// database trigger on each provider refuses it too, so even hand-written SQL cannot rewrite history.
/// </remarks>
public sealed class AuditEntryRecord
{
    /// <summary>The row number, increasing in the order the entries were written.</summary>
    public long Id { get; set; }

    /// <summary>When the change was committed, from the injected clock.</summary>
    public Instant OccurredAt { get; set; }

    /// <summary>Who made the change (a user name or a process such as <c>import</c>).</summary>
    public string Actor { get; set; } = string.Empty;

    /// <summary>What was done: one of the <see cref="Auditing.AuditAction"/> names.</summary>
    public string Action { get; set; } = string.Empty;

    /// <summary>The kind of record changed, e.g. <c>Patient</c>.</summary>
    public string EntityType { get; set; } = string.Empty;

    /// <summary>The changed record's business key, e.g. the patient identifier.</summary>
    public string EntityKey { get; set; } = string.Empty;

    /// <summary>The record's version after the change (0 after a deletion).</summary>
    public int EntityVersion { get; set; }

    /// <summary>The whole record before the change as JSON; null for a creation.</summary>
    public string? BeforeJson { get; set; }

    /// <summary>The whole record after the change as JSON; null for a deletion.</summary>
    public string? AfterJson { get; set; }

    /// <summary>The <see cref="EntryHash"/> of the entry before this one in the chain, as 64 lowercase hex digits.</summary>
    /// <remarks>
    /// The first chained entry carries <see cref="Auditing.AuditCanonicalForm.GenesisHash"/>. Null only for an entry
    /// written before the chain existed (migration <c>AuditHashChain</c>).
    /// </remarks>
    public string? PreviousHash { get; set; }

    /// <summary>SHA-256 of this entry's canonical form (<see cref="Auditing.AuditCanonicalForm"/>), as 64 lowercase hex digits; null only before the chain.</summary>
    public string? EntryHash { get; set; }
}
