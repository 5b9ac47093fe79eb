namespace LamTrack.Storage.Auditing;

/// <summary>The kinds of change the audit trail records.</summary>
public enum AuditAction
{
    /// <summary>A record was created by an interactive or API edit.</summary>
    Created = 1,

    /// <summary>A record was changed; the entry holds the state before and after.</summary>
    Updated = 2,

    /// <summary>A record was removed; the entry holds the state before.</summary>
    Deleted = 3,

    /// <summary>A record was created by a bulk import.</summary>
    Imported = 4,
}
