using System.Collections.Concurrent;
using LamTrack.Application.Ports;
using LamTrack.Storage;
using LamTrack.Storage.Errors;
using LamTrack.Storage.Timelines;
using Microsoft.Extensions.Options;
using NodaTime;

namespace LamTrack.Hosting.Storage;

/// <summary>Opens SQLite and PostgreSQL stores through <see cref="DatabaseLocator"/>.</summary>
/// <remarks>
/// A request that names no store opens <see cref="StorageOptions.DefaultDatabase"/>, else
/// <see cref="DatabaseLocator.DefaultSqlitePath"/>. A database that opened and passed its migration check is kept and
/// handed to every later request for the same connection and access: the check asks the database for its applied
/// migrations, and on every request it was three quarters of the time of reading one patient through the web API
/// (docs/benchmarks.md). A database that fails to open is not kept, so the next request tries again.
/// </remarks>
public sealed class PatientStoreFactory(IClock clock, IOptions<StorageOptions> options) : IPatientStoreFactory
{
    private readonly ConcurrentDictionary<(string Connection, bool ReadOnly), LamTrackDatabase> _opened = new();

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
            bool readOnly = request.Access == StoreAccess.ReadOnly;
            if (!_opened.TryGetValue((connection, readOnly), out LamTrackDatabase? database))
            {
                database = await DatabaseLocator.OpenExistingAsync(connection, readOnly, cancellationToken).ConfigureAwait(false);
                database = _opened.GetOrAdd((connection, readOnly), database);
            }

            return new TimelinePatientStore(database, clock, request.Actor);
        }
        catch (StorageException ex)
        {
            throw StorageProblems.ToProblemException(ex, connection);
        }
    }
}
