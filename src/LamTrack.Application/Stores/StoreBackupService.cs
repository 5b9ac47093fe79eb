using LamTrack.Application.Ports;
using LamTrack.Application.Problems;

namespace LamTrack.Application.Stores;

/// <summary>A consistent copy of a live SQLite store (the use case behind <c>lamtrack backup</c>).</summary>
/// <remarks>A PostgreSQL server is backed up with its own tools (<c>pg_dump</c>): asked for one, the service returns
/// <c>APP-010</c>. A target that exists is never overwritten (<c>STORE-007</c>).</remarks>
public sealed class StoreBackupService(IStoreAdministration administration)
{
    /// <summary>Backs up the store <see cref="StoreBackupRequest.Connection"/> names.</summary>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled.</exception>
    public async Task<StoreBackupOutcome> BackupAsync(StoreBackupRequest request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        try
        {
            long bytes = await administration.BackupAsync(request.Connection, request.Destination, cancellationToken).ConfigureAwait(false);
            return new StoreBackupOutcome(Path.GetFullPath(request.Destination), bytes, []);
        }
        catch (ProblemException ex)
        {
            return new StoreBackupOutcome(null, 0, [ex.Problem]);
        }
    }
}
