using LamTrack.Domain.Patients;

namespace LamTrack.Application.Ports;

/// <summary>Writes patients as FHIR R4.</summary>
/// <remarks>A folder is written whole or not at all: the files are staged and moved into place at the end.</remarks>
public interface IFhirExporter
{
    /// <summary>Writes every patient into <paramref name="directory"/> in <paramref name="layout"/>.</summary>
    /// <param name="patients">The patients, in the order they are written.</param>
    /// <param name="directory">The output folder, created when missing.</param>
    /// <param name="layout">Bundles (collection or transaction) or NDJSON.</param>
    /// <param name="progress">Told the number of patients written so far.</param>
    /// <param name="replace">Replace an earlier export in a non-empty folder; without it such a folder is refused.</param>
    /// <param name="cancellationToken">Stops before the folder is moved into place; nothing is left behind.</param>
    Task<FhirExportOutcome> ExportAsync(IReadOnlyList<Patient> patients, string directory, FhirExportLayout layout,
        IProgress<int>? progress, bool replace, CancellationToken cancellationToken);

    /// <summary>Writes one patient as a Bundle (JSON) to <paramref name="output"/>, which is left open.</summary>
    Task WriteBundleAsync(Patient patient, Stream output, FhirExportLayout layout, CancellationToken cancellationToken);
}
