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

    /// <summary>Every code declared above, for the uniqueness test and for documentation.</summary>
    public static IReadOnlyList<string> All { get; } = [.. typeof(ApplicationProblemCodes)
        .GetFields(BindingFlags.Public | BindingFlags.Static)
        .Where(f => f.IsLiteral)
        .Select(f => (string)f.GetRawConstantValue()!)];
}
