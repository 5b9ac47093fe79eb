using LamTrack.Application.Ports;
using LamTrack.Domain.Patients;

namespace LamTrack.Application.Interop;

/// <summary>Write patients as FHIR R4 into a folder.</summary>
/// <param name="Patients">The patients (loaded with <see cref="Records.PatientSourceService"/>), in the order written.</param>
/// <param name="Directory">The output folder; written whole or not at all.</param>
/// <param name="Layout">Collection or transaction Bundles, or bulk-data NDJSON.</param>
public sealed record FhirExportRequest(IReadOnlyList<Patient> Patients, string Directory, FhirExportLayout Layout);
