using LamTrack.Application.Ports;
using LamTrack.Storage;
using LamTrack.Storage.Errors;
using LamTrack.Storage.Timelines;
using Microsoft.Extensions.Options;
using NodaTime;

namespace LamTrack.Hosting.Storage;

/// <summary>Opens SQLite and PostgreSQL stores through <see cref="DatabaseLocator"/>.</summary>
/// <remarks>A request that names no store opens <see cref="StorageOptions.DefaultDatabase"/>, else
/// <see cref="DatabaseLocator.DefaultSqlitePath"/>.</remarks>
public sealed class PatientStoreFactory(IClock clock, IOptions<StorageOptions> options) : IPatientStoreFactory
{
    /// <summary>The connection text used when a request names none.</summary>
    public string DefaultConnection =>
        options.Value.DefaultDatabase is { Length: > 0 } configured ? configured : DatabaseLocator.DefaultSqlitePath;

    /// <inheritdoc/>
    public async Task<IPatientStore> OpenAsync(StoreOpenRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        string connection = request.Connection ?? DefaultConnection;
        try
        {
            LamTrackDatabase database = await DatabaseLocator.OpenExistingAsync(connection, cancellationToken).ConfigureAwait(false);
            return new TimelinePatientStore(database, clock, request.Actor);
        }
        catch (StorageException ex)
        {
            throw StorageProblems.ToProblemException(ex, connection);
        }
    }
}
