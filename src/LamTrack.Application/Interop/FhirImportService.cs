using LamTrack.Application.Ports;
using LamTrack.Application.Problems;

namespace LamTrack.Application.Interop;

/// <summary>Imports FHIR R4 into a folder of patient files or into a store, under the merge rule of
/// <see cref="StoreImportTarget"/> (new ids added, changed ones replaced at a new version, identical ones left alone).</summary>
public sealed class FhirImportService(IFhirImporter importer, IPatientStoreFactory stores)
{
    /// <summary>Runs one import.</summary>
    /// <param name="request">The input, the target and the settings.</param>
    /// <param name="progress">Told how many bytes have been read, then how many patients written.</param>
    /// <param name="cancellationToken">Stops the import; every patient written so far is whole.</param>
    public async Task<FhirImportReport> ImportAsync(FhirImportRequest request, IProgress<FhirImportProgress>? progress, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        if ((request.DataFolder is null) == (request.Database is null))
        {
            return Stopped(ApplicationProblemCodes.InvalidRequest, "give exactly one target: a folder of patient files or a database");
        }

        try
        {
            IPatientImportTarget target = await TargetAsync(request, cancellationToken).ConfigureAwait(false);
            FhirImportOutcome outcome = await importer.ImportAsync(request.Source, target, request.Settings, progress, cancellationToken).ConfigureAwait(false);
            return new FhirImportReport(outcome, null);
        }
        catch (ProblemException ex)
        {
            return new FhirImportReport(null, ex.Problem);
        }
        catch (OperationCanceledException)
        {
            return Stopped(ApplicationProblemCodes.Cancelled, "the import was cancelled; patients written before stay, each whole");
        }
    }

    private async Task<IPatientImportTarget> TargetAsync(FhirImportRequest request, CancellationToken cancellationToken)
    {
        if (request.DataFolder is not null)
        {
            return new PatientFileImportTarget(request.DataFolder) { MergeEvents = request.Settings.MergeEvents };
        }

        IPatientStore store = await stores.OpenAsync(new StoreOpenRequest(request.Database, StoreAccess.ReadWrite, request.Actor), cancellationToken).ConfigureAwait(false);
        return new StoreImportTarget(store) { MergeEvents = request.Settings.MergeEvents };
    }

    private static FhirImportReport Stopped(string code, string message) => new(null, Problem.Error(code, message));
}
