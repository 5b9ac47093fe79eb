using LamTrack.Domain.Patients;
using LamTrack.Fhir.Import;

namespace LamTrack.Fhir.Tests.Ehr;

/// <summary>An import target that keeps the written patients in memory.</summary>
internal sealed class MemoryTarget : IPatientImportTarget
{
    public List<Patient> Patients { get; } = [];

    public ImportWriteResult Write(IReadOnlyList<Patient> patients, IProgress<int>? progress)
    {
        Patients.AddRange(patients);
        progress?.Report(patients.Count);
        return new ImportWriteResult([.. patients.Select(p => p.Id)], [], []);
    }
}
