using LamTrack.Application.Ports;
using LamTrack.Application.Problems;

namespace LamTrack.Application.Interop;

/// <summary>Exports patients as FHIR R4 or as a REDCap-style research CSV, each folder written whole or not at all.</summary>
public sealed class PatientExportService(IFhirExporter fhir, IResearchExporter research)
{
    /// <summary>Writes the patients as FHIR R4.</summary>
    /// <param name="request">The patients, the folder and the layout.</param>
    /// <param name="progress">Told the number of patients written so far.</param>
    /// <param name="cancellationToken">Stops the export before the folder is moved into place.</param>
    public Task<ExportReport> ExportFhirAsync(FhirExportRequest request, IProgress<int>? progress, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        return GuardAsync(async () => new ExportReport(
            await fhir.ExportAsync(request.Patients, request.Directory, request.Layout, progress, request.Replace, cancellationToken).ConfigureAwait(false), null, null));
    }

    /// <summary>Writes the patients as a research CSV export (records.csv, data_dictionary.csv).</summary>
    /// <param name="request">The patients, the folder and whether to de-identify.</param>
    /// <param name="cancellationToken">Stops the export before the folder is moved into place.</param>
    public Task<ExportReport> ExportResearchAsync(ResearchExportRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        return GuardAsync(async () => new ExportReport(
            null, await research.ExportAsync(request.Patients, request.Directory, request.Deidentify, request.Replace, cancellationToken).ConfigureAwait(false), null));
    }

    private static async Task<ExportReport> GuardAsync(Func<Task<ExportReport>> export)
    {
        try
        {
            return await export().ConfigureAwait(false);
        }
        catch (ProblemException ex)
        {
            return new ExportReport(null, null, ex.Problem);
        }
        catch (OperationCanceledException)
        {
            return new ExportReport(null, null, Problem.Error(ApplicationProblemCodes.Cancelled, "the export was cancelled; nothing was written"));
        }
    }
}
