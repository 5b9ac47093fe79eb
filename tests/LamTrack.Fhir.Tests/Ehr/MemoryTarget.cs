using LamTrack.Application.Ports;
using LamTrack.Domain.Patients;
using LamTrack.Fhir.Import;

namespace LamTrack.Fhir.Tests.Ehr;

/// <summary>An import target that keeps the written patients in memory.</summary>
internal sealed class MemoryTarget : IPatientImportTarget
{
    public List<Patient> Patients { get; } = [];

    public Task<ImportWriteResult> WriteAsync(IReadOnlyList<Patient> patients, IProgress<int>? progress, CancellationToken cancellationToken)
    {
        Patients.AddRange(patients);
        progress?.Report(patients.Count);
        return Task.FromResult(new ImportWriteResult([.. patients.Select(p => p.Id)], [], []));
    }
}
