using System.Globalization;
using System.Text.Json;

namespace LamTrack.Guidance.Catalogue;

/// <summary>Reads typed fields from a JSON object and records each problem with its location instead of throwing.</summary>
/// <remarks>Used for the embedded catalogue data and for user settings files, so that every problem is reported at once.</remarks>
internal sealed class JsonFieldReader(string sourceName)
{
    private readonly List<string> _problems = [];

    public IReadOnlyList<string> Problems => _problems;

    public string SourceName => sourceName;

    public void Report(string location, string field, string reason) =>
        _problems.Add($"{sourceName}: {location}: field '{field}': {reason}");

    public string? String(JsonElement obj, string location, string field)
    {
        if (!obj.TryGetProperty(Key(field), out JsonElement value) || value.ValueKind != JsonValueKind.String)
        {
            Report(location, field, "missing or not a string");
            return null;
        }

        string text = value.GetString()!.Trim();
        if (text.Length == 0)
        {
            Report(location, field, "is empty");
            return null;
        }

        return text;
    }

    // A dotted field ("citation.tag") is reported in full but looked up by its last part in the nested object.
    private static string Key(string field) => field[(field.LastIndexOf('.') + 1)..];

    public static string OptionalString(JsonElement obj, string field) =>
        obj.TryGetProperty(Key(field), out JsonElement value) && value.ValueKind == JsonValueKind.String ? value.GetString()!.Trim() : string.Empty;

    public double? Number(JsonElement obj, string location, string field, bool required = true)
    {
        if (!obj.TryGetProperty(Key(field), out JsonElement value))
        {
            if (required)
            {
                Report(location, field, "missing");
            }

            return null;
        }

        if (value.ValueKind != JsonValueKind.Number || !value.TryGetDouble(out double number) || !double.IsFinite(number))
        {
            Report(location, field, string.Create(CultureInfo.InvariantCulture, $"'{value.GetRawText()}' is not a finite number"));
            return null;
        }

        return number;
    }

    public bool? Boolean(JsonElement obj, string location, string field)
    {
        if (!obj.TryGetProperty(Key(field), out JsonElement value) || (value.ValueKind != JsonValueKind.True && value.ValueKind != JsonValueKind.False))
        {
            Report(location, field, "missing or not true/false");
            return null;
        }

        return value.GetBoolean();
    }

    public TEnum? Enum<TEnum>(JsonElement obj, string location, string field)
        where TEnum : struct, Enum
    {
        string? text = String(obj, location, field);
        if (text is null)
        {
            return null;
        }

        if (int.TryParse(text, out _) || !System.Enum.TryParse(text, ignoreCase: false, out TEnum parsed))
        {
            Report(location, field, $"'{text}' is not one of {string.Join(", ", System.Enum.GetNames<TEnum>())}");
            return null;
        }

        return parsed;
    }

    public JsonElement? Object(JsonElement obj, string location, string field)
    {
        if (!obj.TryGetProperty(Key(field), out JsonElement value) || value.ValueKind != JsonValueKind.Object)
        {
            Report(location, field, "missing or not an object");
            return null;
        }

        return value;
    }
}
