using LamTrack.Storage.Records;
using NodaTime;

namespace LamTrack.Storage.Patients;

/// <summary>Copies between the store's snapshots and its EF records.</summary>
internal static class RecordMapping
{
    /// <summary>A new patient record (version 1) holding <paramref name="snapshot"/>.</summary>
    public static PatientRecord NewRecord(PatientSnapshot snapshot, Instant now)
    {
        var record = new PatientRecord
        {
            Id = Guid.CreateVersion7(now.ToDateTimeOffset()),
            Identifier = snapshot.Identifier,
            Version = 1,
            CreatedAt = now,
            UpdatedAt = now,
            DetailsJson = snapshot.DetailsJson,
        };
        for (int i = 0; i < snapshot.Events.Count; i++)
        {
            record.Events.Add(NewEvent(record.Id, i, snapshot.Events[i]));
        }

        return record;
    }

    /// <summary>The snapshot and version held by a record whose events are loaded.</summary>
    public static StoredPatient ToStored(PatientRecord record)
    {
        EventSnapshot[] events = [.. record.Events.OrderBy(e => e.Sequence).Select(ToSnapshot)];
        return new StoredPatient(new PatientSnapshot(record.Identifier, record.DetailsJson, events), record.Version);
    }

    /// <summary>Copies one event snapshot onto an existing event record, marking only changed columns.</summary>
    public static void CopyInto(TimelineEventRecord target, EventSnapshot source)
    {
        target.Kind = source.Kind;
        target.OccurredOn = source.OccurredOn;
        target.DatePrecision = source.DatePrecision;
        target.Provenance = source.Provenance;
        target.PayloadJson = source.PayloadJson;
    }

    /// <summary>A new event record at <paramref name="sequence"/> of patient <paramref name="patientId"/>.</summary>
    public static TimelineEventRecord NewEvent(Guid patientId, int sequence, EventSnapshot source)
    {
        var record = new TimelineEventRecord { PatientId = patientId, Sequence = sequence };
        CopyInto(record, source);
        return record;
    }

    private static EventSnapshot ToSnapshot(TimelineEventRecord e) =>
        new(e.Kind, e.OccurredOn, e.DatePrecision, e.Provenance, e.PayloadJson);
}
