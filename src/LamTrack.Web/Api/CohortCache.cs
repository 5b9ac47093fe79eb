using LamTrack.Web.Identity;
using Microsoft.EntityFrameworkCore;
using NodaTime;

namespace LamTrack.Web.Api;

/// <summary>The cohort's computed results (the analysis document, the dashboard), kept until a write anywhere changes the data.</summary>
/// <remarks>
/// The cache is checked against a generation counter in the database (<see cref="CacheGeneration"/>), which every
/// write through any server instance increments; so each instance drops its copy after a write through another.
/// Writes made outside the web application (the command line) are not counted: restart the servers after one, or
/// write through the API.
/// </remarks>
public sealed partial class CohortCache(IClock clock, ILogger<CohortCache> logger) : IDisposable
{
    /// <summary>The area name of the cohort's generation counter.</summary>
    public const string Area = "cohort";

    private readonly SemaphoreSlim _gate = new(1, 1);
    private Entry? _entry;
    private int _refreshing;

    /// <summary>The cached value if it is still current, else the one <paramref name="compute"/> makes (cached when not
    /// null); one computation at a time, so concurrent first requests wait for one result instead of each computing it.</summary>
    public async Task<T?> GetAsync<T>(LamTrackIdentityDbContext database, Func<CancellationToken, Task<T?>> compute, CancellationToken cancellationToken)
        where T : class
    {
        ArgumentNullException.ThrowIfNull(compute);
        long generation = await CurrentAsync(database, cancellationToken);
        return _entry is { Value: T current } hit && hit.Generation == generation ? current : await ComputeAsync(generation, compute, cancellationToken);
    }

    /// <summary>As <see cref="GetAsync"/>, but a value made before the data last changed is still served while it is
    /// younger than <paramref name="maxAge"/>; an older one is served too while one new value is made in the background.
    /// So no request waits for a computation once a first value exists, and what is served is at most
    /// <paramref name="maxAge"/> plus one computation old.</summary>
    /// <remarks>For the dashboard page: under a steady stream of writes <see cref="GetAsync"/> computes the whole
    /// cohort again after every write, and every view waits for it (issue 17's soak, docs/benchmarks/17-soak.md).</remarks>
    public async Task<T?> GetRecentAsync<T>(LamTrackIdentityDbContext database, Func<CancellationToken, Task<T?>> compute,
        Duration maxAge, CancellationToken cancellationToken)
        where T : class
    {
        ArgumentNullException.ThrowIfNull(compute);
        long generation = await CurrentAsync(database, cancellationToken);
        if (_entry is not { Value: T recent } hit)
        {
            return await ComputeAsync(generation, compute, cancellationToken);
        }

        if (hit.Generation != generation && clock.GetCurrentInstant() - hit.ComputedAt >= maxAge && Interlocked.Exchange(ref _refreshing, 1) == 0)
        {
            _ = RefreshAsync(generation, compute);
        }

        return recent;
    }

    /// <inheritdoc />
    public void Dispose() => _gate.Dispose();

    /// <summary>Marks the cohort's data changed, for every instance.</summary>
    /// <remarks>One statement that inserts the area's row or adds one to it (<c>INSERT … ON CONFLICT … DO UPDATE</c>,
    /// which SQLite and PostgreSQL both read the same way). The first writes on a new store used to race to insert the
    /// row: the loser's insert failed with a duplicate key, was caught and retried as an update, but each such failure
    /// was logged as an error by the database layer (seen in the server's log of a crash run on PostgreSQL).</remarks>
    public static async Task InvalidateAsync(LamTrackIdentityDbContext database, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(database);
        await database.Database.ExecuteSqlAsync(
            $"""
            INSERT INTO "LamTrackCacheGenerations" ("Area", "Generation") VALUES ({Area}, 1)
            ON CONFLICT ("Area") DO UPDATE SET "Generation" = "LamTrackCacheGenerations"."Generation" + 1
            """, cancellationToken);
    }

    private async Task<T?> ComputeAsync<T>(long generation, Func<CancellationToken, Task<T?>> compute, CancellationToken cancellationToken)
        where T : class
    {
        await _gate.WaitAsync(cancellationToken);
        try
        {
            if (_entry is { Value: T computed } raced && raced.Generation >= generation)
            {
                return computed;
            }

            T? value = await compute(cancellationToken);
            _entry = value is null ? null : new Entry(generation, value, clock.GetCurrentInstant());
            return value;
        }
        finally
        {
            _gate.Release();
        }
    }

    /// <summary>Makes a new value outside any request, so that no request's end cancels it; a failure leaves the old
    /// value in place, and the next request past the age tries again.</summary>
    private async Task RefreshAsync<T>(long generation, Func<CancellationToken, Task<T?>> compute)
        where T : class
    {
        try
        {
            await Task.Yield();
            await ComputeAsync(generation, compute, CancellationToken.None);
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            LogRefreshFailed(logger, ex);
        }
        finally
        {
            Volatile.Write(ref _refreshing, 0);
        }
    }

    private static async Task<long> CurrentAsync(LamTrackIdentityDbContext database, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(database);
        return await database.CacheGenerations.Where(g => g.Area == Area).Select(g => g.Generation).FirstOrDefaultAsync(cancellationToken);
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "The cohort's cached results could not be made again; the previous ones are still served")]
    private static partial void LogRefreshFailed(ILogger logger, Exception exception);

    private sealed record Entry(long Generation, object Value, Instant ComputedAt);
}
