namespace LamTrack.Application.Ports;

/// <summary>Reads FHIR R4 (Bundles, bulk-data NDJSON) into patients and hands the accepted ones to a target.</summary>
/// <remarks>Stateless: every call starts afresh, so one instance may serve any number of imports, one after another or
/// at once. Problems with the input are returned in the outcome, never thrown.</remarks>
public interface IFhirImporter
{
    /// <summary>Imports <paramref name="source"/> into <paramref name="target"/>.</summary>
    /// <param name="source">A path (file or folder) or a stream.</param>
    /// <param name="target">Where the accepted patients go.</param>
    /// <param name="settings">How invalid input is treated.</param>
    /// <param name="progress">Told how many bytes have been read, then how many patients written.</param>
    /// <param name="cancellationToken">Stops reading, or stops writing between patients (those written stay whole).</param>
    Task<FhirImportOutcome> ImportAsync(FhirImportSource source, IPatientImportTarget target, FhirImportSettings settings,
        IProgress<FhirImportProgress>? progress, CancellationToken cancellationToken);
}
