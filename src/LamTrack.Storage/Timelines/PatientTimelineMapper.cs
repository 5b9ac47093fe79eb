using System.Text;
using System.Text.Json;
using LamTrack.Domain.Events;
using LamTrack.Domain.Patients;
using LamTrack.Domain.Provenance;
using LamTrack.PatientFiles;
using LamTrack.Storage.Errors;
using LamTrack.Storage.Patients;

namespace LamTrack.Storage.Timelines;

/// <summary>Maps a domain <see cref="Patient"/> to the store's snapshot and back, without loss.</summary>
/// <remarks>
/// The JSON is the patient file format (<c>lamtrack-patient/1</c>) written by <see cref="PatientFileWriter"/>,
/// which reads back unchanged: the patient-level members go to <c>DetailsJson</c>, and each top-level event
/// (a sirolimus course with its dose changes nested) to one event row. So every event type, its provenance
/// and its date precision round-trip exactly, and a new event type in the file format needs no migration.
/// The event rows also carry the earliest date, the precision and the source as columns for queries.
/// </remarks>
public static class PatientTimelineMapper
{
    private const string EventsProperty = "events";

    /// <summary>The snapshot of <paramref name="patient"/>.</summary>
    public static PatientSnapshot ToSnapshot(Patient patient)
    {
        ArgumentNullException.ThrowIfNull(patient);
        // One parse of the file-format record; the events are cut out as raw text, the rest rewritten as details.
        using JsonDocument document = JsonDocument.Parse(PatientFileWriter.ToJsonLine(patient));
        var events = new List<EventSnapshot>(patient.Events.Count);
        using var details = new MemoryStream();
        using (var writer = new Utf8JsonWriter(details))
        {
            writer.WriteStartObject();
            foreach (JsonProperty property in document.RootElement.EnumerateObject())
            {
                if (property.NameEquals(EventsProperty))
                {
                    AddEvents(patient, property.Value, events);
                }
                else
                {
                    property.WriteTo(writer);
                }
            }

            writer.WriteEndObject();
        }

        if (events.Count != patient.Events.Count)
        {
            throw new InvalidOperationException($"The patient file writer wrote {events.Count} events for patient '{patient.Id}', which has {patient.Events.Count}.");
        }

        return new PatientSnapshot(patient.Id, Encoding.UTF8.GetString(details.GetBuffer(), 0, (int)details.Length), events);
    }

    /// <summary>The domain patient held by a stored snapshot.</summary>
    /// <remarks>
    /// The store's read path. The record is reassembled by plain concatenation, not through a JSON DOM: the details
    /// and payloads are JSON the store itself wrote (from <see cref="ToSnapshot"/>, or checked by the store's
    /// validator before an edit was saved), so re-parsing each payload into nodes only to print it again (two thirds
    /// of a load's CPU before) proves nothing. What still runs is cheap and catches a corrupt row: the shape checks
    /// of <see cref="RecordAssembler"/>, the patient file reader (which must build the domain objects anyway and rejects malformed JSON, unknown
    /// types and bad values), the domain validator (about 10 µs), and a check that the record names the patient and
    /// holds every event row.
    /// </remarks>
    /// <exception cref="StorageException">The stored record no longer reads as a valid patient (code STORE-006); the message lists every problem.</exception>
    public static Patient ToPatient(PatientSnapshot snapshot)
    {
        ArgumentNullException.ThrowIfNull(snapshot);
        return ToPatient(StoredRecord.Of(new StoredPatient(snapshot, 0)));
    }

    /// <summary>The domain patient held by a record of the whole-store read, checked as <see cref="ToPatient(PatientSnapshot)"/> checks a snapshot.</summary>
    /// <exception cref="StorageException">The stored record no longer reads as a valid patient (code STORE-006).</exception>
    public static Patient ToPatient(StoredRecord record)
    {
        ArgumentNullException.ThrowIfNull(record);
        if (record.Malformed is not null)
        {
            throw Unreadable(record.Identifier, record.Malformed);
        }

        (Patient? patient, IReadOnlyList<PatientFileIssue> issues) = PatientFileWriter.Parse(record.Utf8Record, $"store:{record.Identifier}");
        if (patient is null)
        {
            throw Unreadable(record.Identifier, string.Join("; ", issues.Select(i => i.ToString())));
        }

        if (patient.Id != record.Identifier || patient.Events.Count != record.EventCount)
        {
            throw Unreadable(record.Identifier, $"the record holds patient '{patient.Id}' with {patient.Events.Count} events, the rows patient '{record.Identifier}' with {record.EventCount}");
        }

        return patient;
    }

    private static StorageException Unreadable(string identifier, string problems) =>
        new(StorageIssues.UnreadableRecord, $"{StorageIssues.UnreadableRecord}: stored patient '{identifier}' is not a valid patient record: {problems}");

    private static void AddEvents(Patient patient, JsonElement array, List<EventSnapshot> events)
    {
        int i = 0;
        foreach (JsonElement payload in array.EnumerateArray())
        {
            ClinicalEvent e = patient.Events[Math.Min(i++, patient.Events.Count - 1)];
            string kind = payload.TryGetProperty("type", out JsonElement type) ? type.GetString() ?? e.GetType().Name : e.GetType().Name;
            events.Add(new EventSnapshot(kind, e.Date.Earliest, e.Date.Precision.ToString(), Describe(e.Source), payload.GetRawText()));
        }
    }

    private static string Describe(SourceReference source) => $"{source.Document} {source.Locator} [{source.Basis}]";
}
