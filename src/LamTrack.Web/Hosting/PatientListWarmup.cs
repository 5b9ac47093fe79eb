using LamTrack.Application.Ports;
using LamTrack.Application.Problems;
using LamTrack.Web.Components.Pages.Records;
using NodaTime;

namespace LamTrack.Web.Hosting;

/// <summary>Builds the patient list's index (<see cref="PatientListIndex"/>) as the server starts, so the first
/// clinician to open the list does not wait for a pass over the whole store.</summary>
public sealed partial class PatientListWarmup(IPatientStoreFactory stores, PatientListIndex index, IClock clock, ILogger<PatientListWarmup> logger) : BackgroundService
{
    /// <inheritdoc />
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        try
        {
            IPatientStore store = await stores.OpenAsync(new StoreOpenRequest(null, StoreAccess.ReadOnly, "web"), stoppingToken);
            await index.RowsAsync(store, clock.GetCurrentInstant().InUtc().Date, stoppingToken);
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // The server stopped first; the first list request builds the index instead.
        }
        catch (ProblemException ex)
        {
            // The list reports the same problem when it is opened; the server keeps serving everything else.
            LogNotBuilt(logger, ex.Problem.Code);
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Patient list index not built at start: {Code}")]
    private static partial void LogNotBuilt(ILogger logger, string code);
}
