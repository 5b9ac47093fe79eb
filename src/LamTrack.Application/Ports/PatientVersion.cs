using LamTrack.Domain.Patients;

namespace LamTrack.Application.Ports;

/// <summary>A stored patient with the version an update must quote (optimistic concurrency).</summary>
/// <param name="Patient">The patient as stored.</param>
/// <param name="Version">The stored version, 1 for a new record; an update at another version is a conflict.</param>
public sealed record PatientVersion(Patient Patient, int Version);
