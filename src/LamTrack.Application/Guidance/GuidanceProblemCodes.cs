using System.Reflection;

namespace LamTrack.Application.Guidance;

/// <summary>The codes of the problems the guidance use cases report (<c>GUIDE-…</c>); permanent, never reused.</summary>
public static class GuidanceProblemCodes
{
    /// <summary>A guidance settings document is invalid (a value out of range, an unknown name).</summary>
    public const string InvalidSettings = "GUIDE-001";

    /// <summary>The rule catalogue or the interaction table's listings do not match the implemented rules.</summary>
    public const string InvalidCatalogue = "GUIDE-002";

    /// <summary>A patient cannot be evaluated as of the date asked (a record that fails validation, no events, a date before the first event).</summary>
    public const string CannotEvaluate = "GUIDE-003";

    /// <summary>Every code declared above, for the uniqueness test and for documentation.</summary>
    public static IReadOnlyList<string> All { get; } = [.. typeof(GuidanceProblemCodes)
        .GetFields(BindingFlags.Public | BindingFlags.Static)
        .Where(f => f.IsLiteral)
        .Select(f => (string)f.GetRawConstantValue()!)];
}
