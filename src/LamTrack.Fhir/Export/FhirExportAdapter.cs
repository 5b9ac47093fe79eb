using System.Text;
using LamTrack.Application.Ports;
using LamTrack.Fhir.Serialization;
using NodaTime;
using DomainPatient = LamTrack.Domain.Patients.Patient;

namespace LamTrack.Fhir.Export;

/// <summary>The application's <see cref="IFhirExporter"/> over <see cref="FhirExporter"/>, stamping exports with the injected clock's time.</summary>
public sealed class FhirExportAdapter(IClock clock) : IFhirExporter
{
    /// <inheritdoc/>
    public Task<FhirExportOutcome> ExportAsync(IReadOnlyList<DomainPatient> patients, string directory, FhirExportLayout layout, IProgress<int>? progress, bool replace, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(patients);
        Instant now = clock.GetCurrentInstant();
        IEnumerable<DomainPatient> checkedPatients = patients.Select(p =>
        {
            cancellationToken.ThrowIfCancellationRequested();
            return p;
        });
        if (layout == FhirExportLayout.Ndjson)
        {
            IReadOnlyDictionary<string, int> counts = FhirExporter.WriteNdjson(checkedPatients, directory, now, progress, replace);
            return Task.FromResult(new FhirExportOutcome(patients.Count, 0, counts));
        }

        int bundles = FhirExporter.WriteBundles(checkedPatients, directory, now, layout == FhirExportLayout.TransactionBundles, progress, replace);
        return Task.FromResult(new FhirExportOutcome(patients.Count, bundles, new Dictionary<string, int>()));
    }

    /// <inheritdoc/>
    public async Task WriteBundleAsync(DomainPatient patient, Stream output, FhirExportLayout layout, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(output);
        string json = FhirJson.ToPrettyJson(FhirExporter.ToBundle(patient, clock.GetCurrentInstant(), layout == FhirExportLayout.TransactionBundles)) + "\n";
        await output.WriteAsync(new UTF8Encoding(false).GetBytes(json), cancellationToken).ConfigureAwait(false);
    }
}
