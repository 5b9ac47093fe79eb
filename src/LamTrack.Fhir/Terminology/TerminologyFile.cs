using System.Text.Json.Serialization;

namespace LamTrack.Fhir.Terminology;

/// <summary>The JSON shape of a terminology file (<c>terminology/*.json</c>).</summary>
internal sealed record TerminologyFile(
    [property: JsonPropertyName("title")] string? Title,
    [property: JsonPropertyName("version")] string? Version,
    [property: JsonPropertyName("sources")] Dictionary<string, string>? Sources,
    [property: JsonPropertyName("names")] Dictionary<string, List<string>>? Names,
    [property: JsonPropertyName("rows")] List<TerminologyFileRow>? Rows);

/// <summary>One row as written in a terminology file.</summary>
internal sealed record TerminologyFileRow(
    [property: JsonPropertyName("system")] string? System,
    [property: JsonPropertyName("code")] string? Code,
    [property: JsonPropertyName("display")] string? Display,
    [property: JsonPropertyName("concept")] string? Concept,
    [property: JsonPropertyName("evidence")] string? Evidence,
    [property: JsonPropertyName("source")] string? Source,
    [property: JsonPropertyName("export")] bool? Export,
    [property: JsonPropertyName("textMustName")] List<string>? TextMustName);
