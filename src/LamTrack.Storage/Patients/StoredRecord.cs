namespace LamTrack.Storage.Patients;

/// <summary>A stored patient as the whole-store read returns her: her record in the patient file format, as UTF-8,
/// joined from the details and the event payloads (<see cref="RecordAssembler"/>).</summary>
/// <remarks>The event rows' query columns (kind, date, precision, source) are copies of what the payloads hold, so the
/// bulk read leaves them out (<see cref="PatientBulkReader"/>).</remarks>
/// <param name="Identifier">The patient's identifier.</param>
/// <param name="Version">The concurrency version.</param>
/// <param name="Utf8Record">The record.</param>
/// <param name="EventCount">How many event rows the record was joined from.</param>
public sealed record StoredRecord(string Identifier, int Version, byte[] Utf8Record, int EventCount)
{
    /// <summary>Why the rows do not join into a record (a part that is not a JSON object), or null.</summary>
    public string? Malformed { get; init; }

    /// <summary>The record of a full snapshot, joined as the bulk read joins it.</summary>
    public static StoredRecord Of(StoredPatient stored)
    {
        ArgumentNullException.ThrowIfNull(stored);
        var assembler = new RecordAssembler();
        assembler.Start(stored.Patient.DetailsJson);
        foreach (EventSnapshot e in stored.Patient.Events)
        {
            assembler.AddPayload(e.PayloadJson);
        }

        return assembler.Finish(stored.Patient.Identifier, stored.Version);
    }
}
