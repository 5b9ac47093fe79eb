using System.Text;
using System.Text.Json;
using NodaTime.Text;

namespace LamTrack.Storage.Patients;

/// <summary>Writes a whole patient as one JSON document for the audit trail's before and after columns.</summary>
/// <remarks>
/// The layout is fixed so that two audit entries can be compared as text: identifier, version, details,
/// then the events in order with their date as ISO text. Details and payloads are embedded as JSON, not
/// as strings, so an auditor reads one document.
/// </remarks>
internal static class SnapshotJson
{
    /// <summary>The JSON document of <paramref name="snapshot"/> at <paramref name="version"/>.</summary>
    /// <remarks>
    /// Requires JSON already checked: every snapshot passes <see cref="SnapshotValidator"/> or comes from our own
    /// writer before it reaches here, so the embedded documents are copied without a second parse.
    /// </remarks>
    public static string Write(PatientSnapshot snapshot, int version)
    {
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer))
        {
            writer.WriteStartObject();
            writer.WriteString("identifier", snapshot.Identifier);
            writer.WriteNumber("version", version);
            writer.WritePropertyName("details");
            writer.WriteRawValue(snapshot.DetailsJson, skipInputValidation: true);
            writer.WriteStartArray("events");
            foreach (EventSnapshot e in snapshot.Events)
            {
                WriteEvent(writer, e);
            }

            writer.WriteEndArray();
            writer.WriteEndObject();
        }

        return Encoding.UTF8.GetString(buffer.GetBuffer(), 0, (int)buffer.Length);
    }

    private static void WriteEvent(Utf8JsonWriter writer, EventSnapshot e)
    {
        writer.WriteStartObject();
        writer.WriteString("kind", e.Kind);
        writer.WriteString("occurredOn", LocalDatePattern.Iso.Format(e.OccurredOn));
        writer.WriteString("datePrecision", e.DatePrecision);
        writer.WriteString("provenance", e.Provenance);
        writer.WritePropertyName("payload");
        writer.WriteRawValue(e.PayloadJson, skipInputValidation: true);
        writer.WriteEndObject();
    }
}
