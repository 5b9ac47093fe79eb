using System.Reflection;

namespace LamTrack.Application.Problems;

/// <summary>The codes of problems the application layer itself finds (<c>APP-…</c>); permanent, never reused.</summary>
/// <remarks>Problems found by a library keep that library's code (<c>PF-…</c>, <c>FHIR-IMP-…</c>, <c>STORE-…</c>).</remarks>
public static class ApplicationProblemCodes
{
    /// <summary>An operation failed without a more specific code.</summary>
    public const string Unexpected = "APP-000";

    /// <summary>A request names two sources of patients that exclude each other (files and a store).</summary>
    public const string ConflictingSources = "APP-001";

    /// <summary>A request names a patient that is not there.</summary>
    public const string PatientNotFound = "APP-002";

    /// <summary>A request is not valid as it stands (a missing or contradictory field).</summary>
    public const string InvalidRequest = "APP-003";

    /// <summary>The work was cancelled before it finished; nothing half done was kept.</summary>
    public const string Cancelled = "APP-004";

    /// <summary>The de-identification key in the configuration is not Base64 of at least 32 bytes.</summary>
    public const string InvalidDeidentificationKey = "APP-005";

    /// <summary>An input file named in a request does not exist.</summary>
    public const string InputNotFound = "APP-006";

    /// <summary>A survival data file (<c>time,status</c> CSV) has a bad header, value or row.</summary>
    public const string InvalidSurvivalData = "APP-007";

    /// <summary>The folder an output file is to be written into does not exist.</summary>
    public const string OutputFolderMissing = "APP-008";

    /// <summary>A patient exceeds the store's own limits (an identifier or a date it cannot hold); nothing was imported.</summary>
    public const string StoreRefused = "APP-009";

    /// <summary>The store cannot be backed up by LamTrack itself (a PostgreSQL server is backed up with its own tools).</summary>
    public const string BackupNotSupported = "APP-010";

    /// <summary>Every code declared above, for the uniqueness test and for documentation.</summary>
    public static IReadOnlyList<string> All { get; } = [.. typeof(ApplicationProblemCodes)
        .GetFields(BindingFlags.Public | BindingFlags.Static)
        .Where(f => f.IsLiteral)
        .Select(f => (string)f.GetRawConstantValue()!)];
}
