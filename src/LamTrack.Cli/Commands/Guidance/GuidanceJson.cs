using System.Text.Encodings.Web;
using System.Text.Json;

namespace LamTrack.Cli.Commands.Guidance;

/// <summary>The JSON options of <c>lamtrack rules --json</c> (camelCase, indented); the documents are the application's (<c>LamTrack.Application.Guidance</c>).</summary>
internal static class GuidanceJson
{
    public static JsonSerializerOptions Options { get; } = new()
    {
        WriteIndented = true,
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };
}
