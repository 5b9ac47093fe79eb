using System.Reflection;

namespace LamTrack.Application.Pharmacokinetics;

/// <summary>The codes of the problems the PK use cases report (<c>PK-…</c>); permanent, never reused.</summary>
public static class PharmacokineticsProblemCodes
{
    /// <summary>A model id names no shipped model, or a model file given on the command line is invalid.</summary>
    public const string InvalidModel = "PK-001";

    /// <summary>A NONMEM-style data file is invalid (each problem names its line and field).</summary>
    public const string InvalidData = "PK-002";

    /// <summary>A target window is not "LOW-HIGH" in ng/mL with 0 ≤ low &lt; high.</summary>
    public const string InvalidTargetWindow = "PK-003";

    /// <summary>The patient has no sirolimus course: there is nothing to propose from.</summary>
    public const string NoSirolimusCourse = "PK-004";

    /// <summary>The model does not apply to the patient (outside its validity domain); the reasons are given.</summary>
    public const string ModelNotApplicable = "PK-005";

    /// <summary>An interaction table given on the command line is invalid.</summary>
    public const string InvalidInteractionTable = "PK-006";

    /// <summary>An assumed agent is not of the form THERAPY=DRUG.</summary>
    public const string InvalidAssumption = "PK-007";

    /// <summary>A request value is out of range (simulation size, days, a setting of the options).</summary>
    public const string InvalidRequest = "PK-008";

    /// <summary>Every code declared above, for the uniqueness test and for documentation.</summary>
    public static IReadOnlyList<string> All { get; } = [.. typeof(PharmacokineticsProblemCodes)
        .GetFields(BindingFlags.Public | BindingFlags.Static)
        .Where(f => f.IsLiteral)
        .Select(f => (string)f.GetRawConstantValue()!)];
}
