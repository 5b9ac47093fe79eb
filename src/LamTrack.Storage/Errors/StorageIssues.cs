namespace LamTrack.Storage.Errors;

/// <summary>The stable codes of the store's expected failures (house style 7.6); never reused.</summary>
public static class StorageIssues
{
    /// <summary>An edit quoted a version that is no longer current: someone else saved first.</summary>
    public const string ConcurrencyConflict = "STORE-001";

    /// <summary>No patient with the identifier is stored.</summary>
    public const string PatientNotFound = "STORE-002";

    /// <summary>A patient with the identifier is already stored.</summary>
    public const string PatientAlreadyExists = "STORE-003";

    /// <summary>A snapshot breaks a rule of the store (empty identifier, invalid JSON, a field too long).</summary>
    public const string InvalidSnapshot = "STORE-004";

    /// <summary>The connection string or database path cannot be used.</summary>
    public const string InvalidConnection = "STORE-005";

    /// <summary>A stored record no longer reads as a valid domain patient.</summary>
    public const string UnreadableRecord = "STORE-006";

    /// <summary>A backup was refused or its copy failed the integrity check.</summary>
    public const string BackupFailed = "STORE-007";

    /// <summary>The database has not been initialised, or lacks migrations this version needs.</summary>
    public const string NotInitialised = "STORE-008";

    /// <summary>The audit trail's hash chain is broken: an entry was edited, removed, inserted or reordered, or its head is missing.</summary>
    public const string AuditChainBroken = "STORE-009";

    /// <summary>The database's own integrity or foreign-key check found a problem.</summary>
    public const string IntegrityCheckFailed = "STORE-010";

    /// <summary>The database refused the operation: busy with another writer, read-only, not a database, or unreachable.</summary>
    public const string DatabaseRefused = "STORE-011";

    /// <summary>Every code, for the uniqueness test.</summary>
    public static IReadOnlyList<string> All { get; } =
        [ConcurrencyConflict, PatientNotFound, PatientAlreadyExists, InvalidSnapshot, InvalidConnection, UnreadableRecord, BackupFailed, NotInitialised,
         AuditChainBroken, IntegrityCheckFailed, DatabaseRefused];
}
