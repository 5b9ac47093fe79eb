using LamTrack.Application.Ports;
using LamTrack.Domain.Patients;

namespace LamTrack.Application.Interop;

/// <summary>Write patients as FHIR R4 into a folder.</summary>
/// <param name="Patients">The patients (loaded with <see cref="Records.PatientSourceService"/>), in the order written.</param>
/// <param name="Directory">The output folder; written whole or not at all.</param>
/// <param name="Layout">Collection or transaction Bundles, or bulk-data NDJSON.</param>
/// <param name="Replace">Replace an earlier export in a non-empty folder as a whole (<c>--force</c>); without it a non-empty folder is refused.</param>
public sealed record FhirExportRequest(IReadOnlyList<Patient> Patients, string Directory, FhirExportLayout Layout, bool Replace = false);
