namespace LamTrack.Storage.Integrity;

/// <summary>A provider's own consistency checks of its files or catalog, run by <see cref="StoreCheck"/>.</summary>
/// <remarks>
/// SQLite supplies <c>PRAGMA integrity_check</c> and <c>PRAGMA foreign_key_check</c>; PostgreSQL, which enforces its
/// constraints on every write, supplies checks that those guards are still in force (constraints validated,
/// triggers enabled) and, when the <c>amcheck</c> extension is installed, a structural check of every B-tree index.
/// </remarks>
public abstract class DatabaseSelfCheck
{
    /// <summary>Runs the checks over <paramref name="context"/>'s connection.</summary>
    /// <returns>The problems found (empty when none) and notes on what could not be checked.</returns>
    public abstract Task<SelfCheckResult> RunAsync(LamTrackDbContext context, CancellationToken cancellationToken);
}
