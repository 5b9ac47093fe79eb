using System.Text.Json.Nodes;

namespace LamTrack.Web.Components.Forms;

/// <summary>Puts a form's event into a patient file's JSON: replacing the edited event, or adding a new one (a dose change into its course).</summary>
public static class EventPlacement
{
    /// <summary>Places the event; returns a message when a dose change names no course of the record, otherwise null.</summary>
    public static string? Place(JsonObject file, EventForm form, IReadOnlyDictionary<string, string?> values, string? editedId)
    {
        ArgumentNullException.ThrowIfNull(file);
        ArgumentNullException.ThrowIfNull(form);
        ArgumentNullException.ThrowIfNull(values);
        JsonArray events = file["events"] as JsonArray ?? [];
        file["events"] = events;
        if (form.Type == EventForms.DoseChange)
        {
            return PlaceDoseChange(events, form, values, editedId);
        }

        JsonObject? original = events.OfType<JsonObject>().FirstOrDefault(e => editedId is not null && (string?)e["id"] == editedId);
        if (original is null)
        {
            events.Add(EventJson.Build(form, values));
        }
        else
        {
            events[events.IndexOf(original)] = EventJson.Merge(form, original, values);
        }

        return null;
    }

    /// <summary>The JSON object of an event (or a dose change nested in a course) by id, or null.</summary>
    public static JsonObject? Find(JsonObject file, string eventId)
    {
        ArgumentNullException.ThrowIfNull(file);
        IEnumerable<JsonObject> events = (file["events"] as JsonArray ?? []).OfType<JsonObject>();
        return events.FirstOrDefault(e => (string?)e["id"] == eventId)
            ?? events.SelectMany(DoseChanges).FirstOrDefault(c => (string?)c["id"] == eventId);
    }

    /// <summary>The id of the course holding a dose change, or null.</summary>
    public static string? CourseOf(JsonObject file, string doseChangeId)
    {
        ArgumentNullException.ThrowIfNull(file);
        return (file["events"] as JsonArray ?? []).OfType<JsonObject>()
            .FirstOrDefault(e => DoseChanges(e).Any(c => (string?)c["id"] == doseChangeId))?["id"]?.ToString();
    }

    private static string? PlaceDoseChange(JsonArray events, EventForm form, IReadOnlyDictionary<string, string?> values, string? editedId)
    {
        values.TryGetValue("course", out string? courseId);
        JsonObject? course = events.OfType<JsonObject>().FirstOrDefault(e => (string?)e["type"] == "sirolimus" && (string?)e["id"] == courseId?.Trim());
        if (course is null)
        {
            return $"no sirolimus course with the id '{courseId}' in this record";
        }

        JsonArray changes = course["doseChanges"] as JsonArray ?? [];
        course["doseChanges"] = changes;
        JsonObject? original = changes.OfType<JsonObject>().FirstOrDefault(c => editedId is not null && (string?)c["id"] == editedId);
        if (original is null)
        {
            changes.Add(EventJson.Build(form, values));
        }
        else
        {
            changes[changes.IndexOf(original)] = EventJson.Merge(form, original, values);
        }

        return null;
    }

    private static IEnumerable<JsonObject> DoseChanges(JsonObject e) => (e["doseChanges"] as JsonArray ?? []).OfType<JsonObject>();
}
