using System.Text.Json;

namespace LamTrack.Web.Benchmarks;

/// <summary>Reads events out of a patient in the patient-file JSON shape (<c>GET /api/patients/{id}</c>).</summary>
internal static class EventIds
{
    /// <summary>The ids of her events.</summary>
    public static IEnumerable<string> Of(JsonElement patient) =>
        patient.GetProperty("events").EnumerateArray().Select(e => e.GetProperty("id").GetString()!);

    /// <summary>The date of her latest trough in the record's order, or null when she has none.</summary>
    public static string? LatestTroughDate(JsonElement patient) =>
        patient.GetProperty("events").EnumerateArray()
            .Where(e => e.GetProperty("type").GetString() == "trough").Select(e => e.GetProperty("date").GetString()).LastOrDefault();
}
