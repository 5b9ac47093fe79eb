using System.Text.Json.Nodes;
using LamTrack.Domain.Patients;
using LamTrack.PatientFiles;

namespace LamTrack.Web.Components.Forms;

/// <summary>Says, one line per difference, what changed between the record a form was opened on and the record as stored now.</summary>
public static class RecordDiff
{
    /// <summary>The differences: events added, removed or changed (and, for the edited event, which fields).</summary>
    public static IReadOnlyList<string> Describe(Patient opened, Patient? now, string? editedId)
    {
        ArgumentNullException.ThrowIfNull(opened);
        if (now is null)
        {
            return ["the record has been deleted"];
        }

        Dictionary<string, JsonObject> before = Events(opened);
        Dictionary<string, JsonObject> after = Events(now);
        List<string> lines = [];
        lines.AddRange(after.Keys.Except(before.Keys).Order(StringComparer.Ordinal).Select(id => $"event {id} was added"));
        lines.AddRange(before.Keys.Except(after.Keys).Order(StringComparer.Ordinal).Select(id => $"event {id} was removed"));
        foreach (string id in before.Keys.Intersect(after.Keys).Order(StringComparer.Ordinal))
        {
            if (!JsonNode.DeepEquals(before[id], after[id]))
            {
                lines.Add(id == editedId ? $"event {id} (the one you are editing) was changed: {FieldChanges(before[id], after[id])}" : $"event {id} was changed");
            }
        }

        return lines.Count == 0 ? ["the record was saved again with the same content"] : lines;
    }

    private static string FieldChanges(JsonObject before, JsonObject after) =>
        string.Join("; ", before.Select(p => p.Key).Union(after.Select(p => p.Key))
            .Where(key => !JsonNode.DeepEquals(before[key], after[key]))
            .Select(key => $"{key} {Show(before[key])} → {Show(after[key])}"));

    private static string Show(JsonNode? node) => node is null ? "(empty)" : node.ToJsonString();

    private static Dictionary<string, JsonObject> Events(Patient patient)
    {
        JsonObject file = JsonNode.Parse(PatientFileWriter.ToJson(patient))!.AsObject();
        IEnumerable<JsonObject> events = (file["events"] as JsonArray ?? []).OfType<JsonObject>();
        IEnumerable<JsonObject> changes = events.SelectMany(e => (e["doseChanges"] as JsonArray ?? []).OfType<JsonObject>());
        return events.Concat(changes).Where(e => e["id"] is not null)
            .GroupBy(e => e["id"]!.ToString(), StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);
    }
}
