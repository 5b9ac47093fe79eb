using System.Text.Json;

namespace LamTrack.Pharmacokinetics.Models;

/// <summary>Typed access to JSON fields that records a problem (with the field path) instead of throwing.</summary>
internal sealed class JsonFields(JsonElement root)
{
    public List<string> Problems { get; } = [];

    public JsonElement Root { get; } = root;

    public string String(JsonElement e, string name, string path, bool required = true)
    {
        if (e.ValueKind == JsonValueKind.Object && e.TryGetProperty(name, out JsonElement v) && v.ValueKind == JsonValueKind.String)
        {
            return v.GetString()!;
        }

        if (required)
        {
            Problems.Add($"field '{path}{name}': missing or not a string");
        }

        return string.Empty;
    }

    public double Number(JsonElement e, string name, string path) => NumberOrNull(e, name, path, required: true) ?? double.NaN;

    public double? NumberOrNull(JsonElement e, string name, string path, bool required = false)
    {
        if (e.ValueKind == JsonValueKind.Object && e.TryGetProperty(name, out JsonElement v) && v.ValueKind != JsonValueKind.Null)
        {
            if (v.ValueKind == JsonValueKind.Number && double.IsFinite(v.GetDouble()))
            {
                return v.GetDouble();
            }

            Problems.Add($"field '{path}{name}': not a finite number");
            return null;
        }

        if (required)
        {
            Problems.Add($"field '{path}{name}': missing");
        }

        return null;
    }

    public bool Bool(JsonElement e, string name, string path)
    {
        if (e.ValueKind == JsonValueKind.Object && e.TryGetProperty(name, out JsonElement v) && v.ValueKind is JsonValueKind.True or JsonValueKind.False)
        {
            return v.GetBoolean();
        }

        Problems.Add($"field '{path}{name}': missing or not true/false");
        return false;
    }

    public JsonElement Object(JsonElement e, string name, string path)
    {
        if (e.ValueKind == JsonValueKind.Object && e.TryGetProperty(name, out JsonElement v) && v.ValueKind == JsonValueKind.Object)
        {
            return v;
        }

        Problems.Add($"field '{path}{name}': missing or not an object");
        return default;
    }

    public IReadOnlyList<JsonElement> Array(JsonElement e, string name, string path, bool required = true)
    {
        if (e.ValueKind == JsonValueKind.Object && e.TryGetProperty(name, out JsonElement v) && v.ValueKind == JsonValueKind.Array)
        {
            return [.. v.EnumerateArray()];
        }

        if (required)
        {
            Problems.Add($"field '{path}{name}': missing or not an array");
        }

        return [];
    }
}
