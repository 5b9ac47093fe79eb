using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;

namespace LamTrack.Storage;

/// <summary>One LamTrack database: the provider options, and short-lived contexts over them.</summary>
/// <remarks>
/// Built by <c>SqliteDatabase</c> or <c>PostgresDatabase</c>, which pick the provider and its migrations
/// assembly. Contexts are cheap and not thread-safe: create one per operation and dispose it.
/// </remarks>
public sealed class LamTrackDatabase
{
    private readonly PooledDbContextFactory<LamTrackDbContext> _contexts;

    /// <summary>Wraps provider options built by a provider project.</summary>
    public LamTrackDatabase(DbContextOptions<LamTrackDbContext> options, StorageProvider provider, string description)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentException.ThrowIfNullOrWhiteSpace(description);
        // Pooled: opening one patient builds a context per load, and a fresh one resolves its services anew
        // (a quarter of a single-patient load); a pooled one is reset and reused.
        _contexts = new PooledDbContextFactory<LamTrackDbContext>(options);
        Provider = provider;
        Description = description;
    }

    /// <summary>The database engine.</summary>
    public StorageProvider Provider { get; }

    /// <summary>A human-readable name of the database (a file path or a host and database), with no password.</summary>
    public string Description { get; }

    /// <summary>The provider's bulk copy for imports (PostgreSQL's binary COPY), or null to use multi-row INSERTs.</summary>
    public Import.BulkRowCopier? BulkCopier { get; init; }

    /// <summary>The provider's own integrity checks for <c>lamtrack check</c>, or null when it has none.</summary>
    public Integrity.DatabaseSelfCheck? SelfCheck { get; init; }

    /// <summary>Whether this handle was opened read-only: no migration, no pragma that writes, no change of any kind.</summary>
    public bool IsReadOnly { get; init; }

    /// <summary>Creates a new context; the caller disposes it.</summary>
    public LamTrackDbContext CreateContext() => _contexts.CreateDbContext();

    /// <summary>Creates the database if needed and applies every migration it lacks.</summary>
    /// <exception cref="InvalidOperationException">The handle was opened read-only.</exception>
    public async Task MigrateAsync(CancellationToken cancellationToken = default)
    {
        if (IsReadOnly)
        {
            throw new InvalidOperationException($"The database {Description} was opened read-only and cannot be migrated.");
        }

        await using LamTrackDbContext context = CreateContext();
        await context.Database.MigrateAsync(cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Throws unless the database exists and has every migration this version of LamTrack knows.</summary>
    /// <exception cref="Errors.StorageException">The database is missing, unreachable or not migrated (STORE-008).</exception>
    public async Task EnsureInitialisedAsync(CancellationToken cancellationToken = default)
    {
        await using LamTrackDbContext context = CreateContext();
        IReadOnlyList<string> pending;
        try
        {
            pending = [.. await context.Database.GetPendingMigrationsAsync(cancellationToken).ConfigureAwait(false)];
        }
        catch (System.Data.Common.DbException ex)
        {
            throw new Errors.StorageException(Errors.StorageIssues.NotInitialised, $"{Errors.StorageIssues.NotInitialised}: cannot open the database {Description}: {ex.Message}", ex);
        }

        if (pending.Count > 0)
        {
            throw new Errors.StorageException(Errors.StorageIssues.NotInitialised, $"{Errors.StorageIssues.NotInitialised}: the database {Description} lacks {pending.Count} migration(s); run 'lamtrack init --db ...' to bring it up to date.");
        }
    }

    /// <summary>The migrations applied to the database, oldest first.</summary>
    public async Task<IReadOnlyList<string>> AppliedMigrationsAsync(CancellationToken cancellationToken = default)
    {
        await using LamTrackDbContext context = CreateContext();
        IEnumerable<string> applied = await context.Database.GetAppliedMigrationsAsync(cancellationToken).ConfigureAwait(false);
        return [.. applied];
    }
}
