using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using LamTrack.PatientFiles.Dto;

namespace LamTrack.PatientFiles;

/// <summary>The System.Text.Json settings of the patient file format.</summary>
internal static class PatientJson
{
    public const string Format = "lamtrack-patient/1";

    public static JsonSerializerOptions Options { get; } = Create(indented: true);

    public static JsonSerializerOptions Compact { get; } = Create(indented: false);

    private static JsonSerializerOptions Create(bool indented)
    {
        var options = new JsonSerializerOptions
        {
            PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
            DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
            UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow,
            // Strict JSON: a comment, a trailing comma or a repeated key is an error with its place, never silently read
            // (with duplicates, the last value would win without a word).
            ReadCommentHandling = JsonCommentHandling.Disallow,
            AllowTrailingCommas = false,
            AllowDuplicateProperties = false,
            WriteIndented = indented,
            Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
            NumberHandling = JsonNumberHandling.Strict,
            TypeInfoResolver = PatientJsonContext.Default,
        };
        options.Converters.Add(new DateDtoConverter());
        options.Converters.Add(new SourceDtoConverter());
        options.MakeReadOnly();
        return options;
    }
}
