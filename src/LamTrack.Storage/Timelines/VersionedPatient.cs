using LamTrack.Domain.Patients;

namespace LamTrack.Storage.Timelines;

/// <summary>A domain patient loaded from the store, with the version an edit must quote.</summary>
/// <param name="Patient">The patient and her whole timeline.</param>
/// <param name="Version">The concurrency version to pass back to <see cref="TimelineStore.UpdateAsync"/>.</param>
public sealed record VersionedPatient(Patient Patient, int Version);
