namespace LamTrack.Storage.Import;

/// <summary>One patient ready for the bulk writer: its rows as provider values, mapped on a worker thread.</summary>
/// <param name="Identifier">The patient identifier.</param>
/// <param name="PatientRow">The <c>Patients</c> row.</param>
/// <param name="EventRows">The <c>TimelineEvents</c> rows, in sequence order.</param>
/// <param name="AuditRow">The <c>AuditEntries</c> row of the import.</param>
internal sealed record PreparedPatient(string Identifier, object?[] PatientRow, IReadOnlyList<object?[]> EventRows, object?[] AuditRow);
