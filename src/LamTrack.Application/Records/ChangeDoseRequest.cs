using LamTrack.Domain.Events;

namespace LamTrack.Application.Records;

/// <summary>Record a change of the sirolimus daily dose within one of a stored patient's courses.</summary>
/// <param name="Database">The store's connection text; null for the configured default store.</param>
/// <param name="PatientId">The patient's identifier.</param>
/// <param name="ExpectedVersion">The version the edit is based on; a newer stored version refuses the edit (conflict).</param>
/// <param name="CourseId">The sirolimus course the change belongs to.</param>
/// <param name="Change">The dose change; its identifier must be new within the patient.</param>
/// <param name="Actor">Who makes the edit, for the audit trail.</param>
public sealed record ChangeDoseRequest(string? Database, string PatientId, int ExpectedVersion, string CourseId, DoseChange Change, string Actor);
