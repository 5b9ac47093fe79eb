using LamTrack.Domain.Patients;

namespace LamTrack.Application.Interop;

/// <summary>Write patients as a REDCap-style CSV export for researchers (docs/research-export.md).</summary>
/// <param name="Patients">The patients (loaded with <see cref="Records.PatientSourceService"/>), in the order written.</param>
/// <param name="Directory">The output folder; written whole or not at all.</param>
/// <param name="Deidentify">Study ids, per-patient date shifts, ages over 89 grouped, free text dropped.</param>
/// <param name="Replace">Replace an earlier export in a non-empty folder as a whole (<c>--force</c>).</param>
public sealed record ResearchExportRequest(IReadOnlyList<Patient> Patients, string Directory, bool Deidentify, bool Replace = false);
