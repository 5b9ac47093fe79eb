namespace LamTrack.Application.Ports;

/// <summary>Creates, upgrades, checks and backs up the store a connection text names (a SQLite file or a PostgreSQL server).</summary>
/// <remarks>A failure the user can put right (a connection text that names no usable store, a backup target that exists)
/// throws <see cref="Problems.ProblemException"/> with the store's code (<c>STORE-…</c>).</remarks>
public interface IStoreAdministration
{
    /// <summary>Creates the store, or applies the migrations it lacks, and opens it for writing.</summary>
    /// <param name="request">The connection text (null for the configured default) and the actor recorded in the audit trail.</param>
    /// <param name="cancellationToken">Stops between migrations.</param>
    Task<StoreReady> InitialiseAsync(StoreOpenRequest request, CancellationToken cancellationToken);

    /// <summary>Copies a live SQLite store to <paramref name="destinationPath"/>, checked before it is put in place.</summary>
    /// <param name="connection">The SQLite file or connection string; null for the configured default.</param>
    /// <param name="destinationPath">The backup file; it must not exist yet (a backup never overwrites).</param>
    /// <param name="cancellationToken">Cancels before the copy starts.</param>
    /// <returns>The size of the backup in bytes.</returns>
    /// <exception cref="Problems.ProblemException">The connection names a PostgreSQL server (<c>APP-010</c>), or the copy failed (<c>STORE-007</c>).</exception>
    Task<long> BackupAsync(string? connection, string destinationPath, CancellationToken cancellationToken);

    /// <summary>Runs the store's checks read-only: the database's own integrity and foreign-key checks, the audit chain, and
    /// the domain rules over every stored patient.</summary>
    /// <param name="connection">The store; null for the configured default.</param>
    /// <param name="cancellationToken">Stops the check.</param>
    Task<StoreCheckSummary> CheckAsync(string? connection, CancellationToken cancellationToken);

    /// <summary>Verifies the audit trail's hash chain read-only: every entry's SHA-256 and its link to the entry before.</summary>
    /// <param name="connection">The store; null for the configured default.</param>
    /// <param name="cancellationToken">Stops the verification.</param>
    Task<AuditVerification> VerifyAuditAsync(string? connection, CancellationToken cancellationToken);
}
