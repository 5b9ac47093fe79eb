namespace LamTrack.Storage.Import;

/// <summary>One patient ready for the bulk writer: its rows as provider values, mapped on a worker thread.</summary>
/// <param name="Identifier">The patient identifier.</param>
/// <param name="PatientRow">The <c>Patients</c> row.</param>
/// <param name="EventRows">The <c>TimelineEvents</c> rows, in sequence order.</param>
/// <param name="Audit">The audit entry of the import; the writer links it into the hash chain when it commits.</param>
internal sealed record PreparedPatient(string Identifier, object?[] PatientRow, IReadOnlyList<object?[]> EventRows, Records.AuditEntryRecord Audit);
