using LamTrack.Application.Ports;

namespace LamTrack.Fhir.Import;

/// <summary>Imports FHIR R4 Bundles (<c>.json</c>) and bulk-data NDJSON (<c>.ndjson</c>, <c>.ndjson.gz</c>) into an
/// <see cref="IPatientImportTarget"/>.</summary>
/// <remarks>
/// Every resource is parsed strictly, checked against the R4 base profiles (unless switched off) and mapped; every
/// problem is collected with file, line, resource and path. A unit is a Bundle file or, for NDJSON, one patient with
/// all resources that refer to it. One invalid unit rejects the whole input (nothing is written) unless
/// <see cref="ImportOptions.SkipInvalid"/>, which writes the valid units and lists the skipped ones.
/// The importer keeps no state between calls: each call's problems, units and counters live in that call alone, so
/// one instance may run any number of imports.
/// </remarks>
public sealed class FhirImporter(IPatientImportTarget target, ImportOptions options)
{
    /// <summary>Imports a file or every importable file of a folder.</summary>
    /// <param name="path">A Bundle file, an NDJSON file or a folder of them (a bulk-data export).</param>
    /// <param name="progress">Told how many bytes of the input have been read, then how many patients written.</param>
    /// <param name="cancellationToken">Stops reading, or writing between patients (those written stay whole).</param>
    /// <exception cref="OperationCanceledException">The import was cancelled.</exception>
    public Task<ImportResult> ImportAsync(string path, IProgress<FhirImportProgress>? progress = null, CancellationToken cancellationToken = default) =>
        new ImportRun(target, options, progress, cancellationToken).RunAsync(path);

    /// <summary>Imports one stream (a Bundle, or NDJSON, gzip-compressed or not), read from its position and left open.</summary>
    /// <param name="stream">The input.</param>
    /// <param name="name">The name problems are reported against.</param>
    /// <param name="format">The layout of the stream.</param>
    /// <param name="progress">Told how many bytes have been read (when the stream can tell), then how many patients written.</param>
    /// <param name="cancellationToken">Stops reading, or writing between patients.</param>
    /// <exception cref="OperationCanceledException">The import was cancelled.</exception>
    public Task<ImportResult> ImportAsync(Stream stream, string name, FhirInputFormat format, IProgress<FhirImportProgress>? progress = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(stream);
        ArgumentNullException.ThrowIfNull(name);
        return new ImportRun(target, options, progress, cancellationToken).RunAsync(stream, name, format);
    }
}
