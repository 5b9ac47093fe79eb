using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;

namespace LamTrack.Application.Serialization;

/// <summary>The JSON options of every document the application returns (the command line's <c>--json</c> output and the web API).</summary>
/// <remarks>camelCase names, indented, dates as <c>yyyy-MM-dd</c>, null members written as null, non-ASCII text unescaped.</remarks>
public static class LamTrackJson
{
    /// <summary>The options.</summary>
    public static JsonSerializerOptions Options { get; } = Create();

    private static JsonSerializerOptions Create()
    {
        var options = new JsonSerializerOptions
        {
            WriteIndented = true,
            PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
            Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
            DefaultIgnoreCondition = JsonIgnoreCondition.Never,
            TypeInfoResolver = new DefaultJsonTypeInfoResolver(),
        };
        options.Converters.Add(new LocalDateJsonConverter());
        options.MakeReadOnly();
        return options;
    }
}
