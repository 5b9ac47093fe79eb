namespace LamTrack.Storage.Errors;

/// <summary>An edit was based on a version of a patient that someone else has changed or deleted since.</summary>
/// <remarks>
/// Nothing of the refused edit was written, and the other edit stays as it was saved: reload the patient,
/// reapply the change and save again.
/// </remarks>
public sealed class ConcurrencyConflictException : StorageException
{
    /// <summary>Creates the exception for a patient, the version the edit expected and the version now stored.</summary>
    public ConcurrencyConflictException(string identifier, int expectedVersion, int? currentVersion)
        : base(StorageIssues.ConcurrencyConflict, Describe(identifier, expectedVersion, currentVersion))
    {
        Identifier = identifier;
        ExpectedVersion = expectedVersion;
        CurrentVersion = currentVersion;
    }

    /// <summary>Creates the exception around the provider's concurrency error.</summary>
    public ConcurrencyConflictException(string identifier, int expectedVersion, int? currentVersion, Exception innerException)
        : base(StorageIssues.ConcurrencyConflict, Describe(identifier, expectedVersion, currentVersion), innerException)
    {
        Identifier = identifier;
        ExpectedVersion = expectedVersion;
        CurrentVersion = currentVersion;
    }

    /// <summary>The patient identifier.</summary>
    public string Identifier { get; }

    /// <summary>The version the refused edit was based on.</summary>
    public int ExpectedVersion { get; }

    /// <summary>The version stored now, or null when the patient has been deleted.</summary>
    public int? CurrentVersion { get; }

    private static string Describe(string identifier, int expected, int? current) => current is null
        ? $"{StorageIssues.ConcurrencyConflict}: patient '{identifier}' was deleted by someone else after version {expected} was loaded; the edit was not saved."
        : $"{StorageIssues.ConcurrencyConflict}: patient '{identifier}' was changed by someone else (version {expected} was loaded, version {current} is stored); the edit was not saved. Reload the patient and apply the change again.";
}
