namespace LamTrack.Application.Ports;

/// <summary>What is imported or skipped as a whole: a Bundle file, or one patient's resources from NDJSON.</summary>
/// <param name="Name">The Bundle file name or <c>Patient/id</c>.</param>
/// <param name="PatientIds">The LamTrack patient ids it holds.</param>
public sealed record FhirImportUnit(string Name, IReadOnlyList<string> PatientIds);
