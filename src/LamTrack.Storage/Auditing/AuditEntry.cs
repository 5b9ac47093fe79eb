using NodaTime;

namespace LamTrack.Storage.Auditing;

/// <summary>One entry of the audit trail as read back.</summary>
/// <param name="Sequence">The entry's position in the trail (increasing).</param>
/// <param name="OccurredAt">When the change was committed.</param>
/// <param name="Actor">Who made it.</param>
/// <param name="Action">What was done.</param>
/// <param name="EntityKey">The changed patient's identifier.</param>
/// <param name="Version">The record's version after the change; 0 after a deletion.</param>
/// <param name="BeforeJson">The whole record before, or null for a creation.</param>
/// <param name="AfterJson">The whole record after, or null for a deletion.</param>
public sealed record AuditEntry(
    long Sequence, Instant OccurredAt, string Actor, AuditAction Action, string EntityKey, int Version, string? BeforeJson, string? AfterJson);
