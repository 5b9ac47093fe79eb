namespace LamTrack.Application.Records;

/// <summary>Which stored patient to read.</summary>
/// <param name="Database">The store's connection text; null for the configured default store.</param>
/// <param name="PatientId">The patient's identifier.</param>
public sealed record FindPatientRequest(string? Database, string PatientId);
