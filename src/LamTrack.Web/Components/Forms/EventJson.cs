using System.Globalization;
using System.Text.Json.Nodes;

namespace LamTrack.Web.Components.Forms;

/// <summary>Writes form values into an event's patient-file JSON and reads them back, field by field along each field's path.</summary>
/// <remarks>
/// Empty fields are left out, as a file would leave them out. A number field whose text is not a number is written
/// as a string, so the file reader reports it against that field instead of the form guessing.
/// </remarks>
public static class EventJson
{
    /// <summary>The event object of <paramref name="form"/> with <paramref name="values"/> (keyed by field path).</summary>
    public static JsonObject Build(EventForm form, IReadOnlyDictionary<string, string?> values)
    {
        ArgumentNullException.ThrowIfNull(form);
        ArgumentNullException.ThrowIfNull(values);
        var json = new JsonObject();
        if (form.Type != EventForms.DoseChange)
        {
            json["type"] = form.Type;
        }

        foreach (FormField field in form.AllFields.Where(f => f.Path != "course"))
        {
            if (values.TryGetValue(field.Path, out string? text) && !string.IsNullOrWhiteSpace(text) && Value(field, text.Trim()) is { } node)
            {
                Set(json, field.Path, node);
            }
        }

        return json;
    }

    /// <summary>The form values of an existing event object, keyed by field path.</summary>
    public static Dictionary<string, string?> Read(EventForm form, JsonObject json)
    {
        ArgumentNullException.ThrowIfNull(form);
        ArgumentNullException.ThrowIfNull(json);
        var values = new Dictionary<string, string?>(StringComparer.Ordinal);
        foreach (FormField field in form.AllFields)
        {
            values[field.Path] = Text(Get(json, field.Path));
        }

        return values;
    }

    /// <summary>
    /// An edited event: the original object with each form field applied. A field whose text is unchanged keeps its
    /// original node, so what the form does not show (an approximate date's "stated" words, a quote) survives the edit.
    /// </summary>
    public static JsonObject Merge(EventForm form, JsonObject original, IReadOnlyDictionary<string, string?> values)
    {
        ArgumentNullException.ThrowIfNull(form);
        ArgumentNullException.ThrowIfNull(original);
        ArgumentNullException.ThrowIfNull(values);
        var merged = (JsonObject)original.DeepClone();
        foreach (FormField field in form.AllFields.Where(f => f.Path != "course"))
        {
            values.TryGetValue(field.Path, out string? text);
            text = text?.Trim();
            if (string.Equals(Text(Get(original, field.Path)) ?? string.Empty, text ?? string.Empty, StringComparison.Ordinal))
            {
                continue;
            }

            if (string.IsNullOrEmpty(text) || Value(field, text) is not { } node)
            {
                Remove(merged, field.Path);
            }
            else
            {
                Set(merged, field.Path, node);
            }
        }

        return merged;
    }

    private static void Remove(JsonObject root, string path)
    {
        int dot = path.LastIndexOf('.');
        JsonObject? parent = dot < 0 ? root : Get(root, path[..dot]) as JsonObject;
        parent?.Remove(dot < 0 ? path : path[(dot + 1)..]);
    }

    private static JsonNode? Value(FormField field, string text) => field.Kind switch
    {
        FieldKind.Number => decimal.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out decimal number) ? JsonValue.Create(number) : JsonValue.Create(text),
        FieldKind.Flag => JsonValue.Create(text is "true" or "on" or "yes"),
        FieldKind.List => new JsonArray([.. text.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Select(s => (JsonNode?)JsonValue.Create(s))]),
        _ => JsonValue.Create(text),
    };

    private static string? Text(JsonNode? node) => node switch
    {
        null => null,
        JsonArray array => string.Join(", ", array.Select(a => a?.ToString())),
        JsonObject obj when obj["value"] is JsonNode inner => inner.ToString(),
        JsonObject obj when obj["locator"] is JsonNode locator => locator.ToString(),
        JsonValue value when value.TryGetValue(out bool flag) => flag ? "true" : "false",
        _ => node.ToString(),
    };

    private static void Set(JsonObject root, string path, JsonNode value)
    {
        string[] segments = path.Split('.');
        JsonObject current = root;
        for (int i = 0; i < segments.Length - 1; i++)
        {
            current = Child(current, segments[i]);
        }

        current[segments[^1]] = value;
    }

    private static JsonNode? Get(JsonObject root, string path)
    {
        JsonNode? current = root;
        foreach (string segment in path.Split('.'))
        {
            current = current is JsonObject obj ? Lookup(obj, segment) : null;
        }

        return current;
    }

    // "values[fev1]" addresses the element of the array "values" whose "measure" is "fev1".
    private static JsonObject Child(JsonObject parent, string segment)
    {
        if (ArrayKey(segment) is (string name, string key))
        {
            JsonArray array = parent[name] as JsonArray ?? [];
            parent[name] = array;
            JsonObject? element = array.OfType<JsonObject>().FirstOrDefault(e => (string?)e["measure"] == key);
            if (element is null)
            {
                element = new JsonObject { ["measure"] = key };
                array.Add(element);
            }

            return element;
        }

        var child = parent[segment] as JsonObject ?? [];
        parent[segment] = child;
        return child;
    }

    private static JsonNode? Lookup(JsonObject parent, string segment) =>
        ArrayKey(segment) is (string name, string key)
            ? (parent[name] as JsonArray)?.OfType<JsonObject>().FirstOrDefault(e => (string?)e["measure"] == key)
            : parent[segment];

    private static (string Name, string Key)? ArrayKey(string segment)
    {
        int open = segment.IndexOf('[', StringComparison.Ordinal);
        return open > 0 && segment.EndsWith(']') ? (segment[..open], segment[(open + 1)..^1]) : null;
    }
}
