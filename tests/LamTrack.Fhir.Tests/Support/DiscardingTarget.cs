using LamTrack.Application.Ports;
using LamTrack.Domain.Patients;

namespace LamTrack.Fhir.Tests.Support;

/// <summary>An import target that accepts every patient and keeps none (for tests of the reading side alone).</summary>
internal sealed class DiscardingTarget : IPatientImportTarget
{
    public Task<ImportWriteResult> WriteAsync(IReadOnlyList<Patient> patients, IProgress<int>? progress, CancellationToken cancellationToken) =>
        Task.FromResult(new ImportWriteResult([.. patients.Select(p => p.Id)], [], []));
}
