namespace LamTrack.Storage.Patients;

/// <summary>A patient as loaded from the store, with the version an edit must quote.</summary>
/// <param name="Patient">The timeline.</param>
/// <param name="Version">The concurrency version: pass it back to <see cref="PatientStore.UpdateAsync"/>.</param>
public sealed record StoredPatient(PatientSnapshot Patient, int Version);
