using LamTrack.Domain.Events;

namespace LamTrack.Application.Records;

/// <summary>Add one event to a stored patient's timeline.</summary>
/// <param name="Database">The store's connection text; null for the configured default store.</param>
/// <param name="PatientId">The patient's identifier.</param>
/// <param name="ExpectedVersion">The version the user's edit is based on (from <see cref="PatientFound"/>); if the stored
/// record has moved on, the edit is refused with a conflict and nothing is written.</param>
/// <param name="Event">The event; its identifier must be new within the patient.</param>
/// <param name="Actor">Who makes the edit, for the audit trail.</param>
public sealed record RecordEventRequest(string? Database, string PatientId, int ExpectedVersion, ClinicalEvent Event, string Actor);
