using System.Text.Encodings.Web;
using System.Text.Json;
using LamTrack.Guidance.Catalogue;
using LamTrack.Guidance.Settings;

namespace LamTrack.Cli.Commands.Guidance;

/// <summary>The JSON shapes printed by <c>lamtrack rules</c> (camelCase); the findings contract is the application's (<c>LamTrack.Application.Guidance</c>).</summary>
internal static class GuidanceJson
{
    public static JsonSerializerOptions Options { get; } = new()
    {
        WriteIndented = true,
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    public static object Rule(RuleMetadata r) => new
    {
        ruleId = r.Id.ToString(),
        version = r.Version,
        title = r.Title,
        category = r.Category.ToString(),
        citation = Citation(r.Citation),
        strength = r.Strength.ToString(),
        confidence = r.Confidence,
        domain = new
        {
            description = r.Domain.Description,
            femaleOnly = r.Domain.FemaleOnly,
            minimumAgeYears = r.Domain.MinimumAge.ToYears(),
            maximumAgeYears = r.Domain.MaximumAge.ToYears(),
            requiresLamDiagnosis = r.Domain.RequiresLamDiagnosis,
        },
    };

    public static object Setting(SettingInfo s) => new
    {
        name = s.Name,
        value = s.Value,
        defaultValue = s.DefaultValue,
        tag = s.Tag.Code(),
        source = s.Source,
        meaning = s.Meaning,
    };

    public static object Citation(Citation c) => new
    {
        text = c.ToString(),
        source = c.Source,
        locator = c.Locator,
        link = c.Link,
        tag = c.Tag.Code(),
    };
}
