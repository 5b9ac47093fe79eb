using LamTrack.Application.Ports;
using LamTrack.Application.Problems;
using LamTrack.Domain.Patients;
using Microsoft.Extensions.Logging;

namespace LamTrack.Application.Stores;

/// <summary>Creates or upgrades a store and fills it with patients (the use case behind <c>lamtrack init [--import PATH]</c>).</summary>
/// <remarks>Patients already stored are skipped, never replaced. Every patient is checked against the store's own limits
/// before the first write, so an import never stops half way on them. Problems come back coded; nothing is thrown for them.</remarks>
public sealed partial class StoreSetupService(IStoreAdministration administration, ILogger<StoreSetupService> logger)
{
    /// <summary>Creates the store <see cref="StoreOpenRequest.Connection"/> names, or applies the migrations it lacks.</summary>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled.</exception>
    public async Task<StoreSetupOutcome> InitialiseAsync(StoreOpenRequest request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        try
        {
            return new StoreSetupOutcome(await administration.InitialiseAsync(request, cancellationToken).ConfigureAwait(false), []);
        }
        catch (ProblemException ex)
        {
            return new StoreSetupOutcome(null, [ex.Problem]);
        }
    }

    /// <summary>Stores every patient of <paramref name="patients"/> that <paramref name="store"/> does not hold yet.</summary>
    /// <param name="store">The store, from <see cref="InitialiseAsync"/>.</param>
    /// <param name="patients">Valid patients, for example read from patient files.</param>
    /// <param name="progress">Told the number of patients processed so far, or null.</param>
    /// <param name="cancellationToken">Stops between patients; those written stay written, whole.</param>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled.</exception>
    public async Task<StoreImportOutcome> ImportAsync(IPatientStore store, IReadOnlyList<Patient> patients, IProgress<int>? progress = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(store);
        ArgumentNullException.ThrowIfNull(patients);
        Problem[] refused = [.. patients.Select(p => store.Refusal(p) is { } why ? new Problem(ApplicationProblemCodes.StoreRefused, why, ProblemLocation.OfRecord(p.Id)) { Text = why } : null).OfType<Problem>()];
        if (refused.Length > 0)
        {
            return new StoreImportOutcome(0, 0, refused);
        }

        try
        {
            int imported = await store.ImportAsync(patients, progress, cancellationToken).ConfigureAwait(false);
            LogImported(logger, imported, patients.Count - imported);
            return new StoreImportOutcome(imported, patients.Count - imported, []);
        }
        catch (ProblemException ex)
        {
            return new StoreImportOutcome(0, 0, [ex.Problem]);
        }
    }

    [LoggerMessage(Level = LogLevel.Debug, Message = "Store import: {Imported} patient(s) written, {AlreadyPresent} already stored")]
    private static partial void LogImported(ILogger logger, int imported, int alreadyPresent);
}
