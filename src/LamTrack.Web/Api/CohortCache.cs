using LamTrack.Web.Identity;
using Microsoft.EntityFrameworkCore;

namespace LamTrack.Web.Api;

/// <summary>The cohort's computed results (the analysis document, the dashboard), kept until a write anywhere changes the data.</summary>
/// <remarks>
/// The cache is checked against a generation counter in the database (<see cref="CacheGeneration"/>), which every
/// write through any server instance increments; so each instance drops its copy after a write through another.
/// Writes made outside the web application (the command line) are not counted: restart the servers after one, or
/// write through the API.
/// </remarks>
public sealed class CohortCache : IDisposable
{
    /// <summary>The area name of the cohort's generation counter.</summary>
    public const string Area = "cohort";

    private readonly SemaphoreSlim _gate = new(1, 1);
    private (long Generation, object Value)? _entry;

    /// <summary>The cached value if it is still current, else the one <paramref name="compute"/> makes (cached when not
    /// null); one computation at a time, so concurrent first requests wait for one result instead of each computing it.</summary>
    public async Task<T?> GetAsync<T>(LamTrackIdentityDbContext database, Func<CancellationToken, Task<T?>> compute, CancellationToken cancellationToken)
        where T : class
    {
        ArgumentNullException.ThrowIfNull(compute);
        long generation = await CurrentAsync(database, cancellationToken);
        if (_entry is { } hit && hit.Generation == generation && hit.Value is T current)
        {
            return current;
        }

        await _gate.WaitAsync(cancellationToken);
        try
        {
            if (_entry is { } raced && raced.Generation == generation && raced.Value is T computed)
            {
                return computed;
            }

            T? value = await compute(cancellationToken);
            _entry = value is null ? null : (generation, value);
            return value;
        }
        finally
        {
            _gate.Release();
        }
    }

    /// <inheritdoc />
    public void Dispose() => _gate.Dispose();

    /// <summary>Marks the cohort's data changed, for every instance.</summary>
    public static async Task InvalidateAsync(LamTrackIdentityDbContext database, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(database);
        int updated = await database.CacheGenerations.Where(g => g.Area == Area)
            .ExecuteUpdateAsync(s => s.SetProperty(g => g.Generation, g => g.Generation + 1), cancellationToken);
        if (updated == 0)
        {
            database.CacheGenerations.Add(new CacheGeneration { Area = Area, Generation = 1 });
            try
            {
                await database.SaveChangesAsync(cancellationToken);
            }
            catch (DbUpdateException)
            {
                // Another instance inserted the row first; count this write on it.
                database.ChangeTracker.Clear();
                await database.CacheGenerations.Where(g => g.Area == Area)
                    .ExecuteUpdateAsync(s => s.SetProperty(g => g.Generation, g => g.Generation + 1), cancellationToken);
            }
        }
    }

    private static async Task<long> CurrentAsync(LamTrackIdentityDbContext database, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(database);
        return await database.CacheGenerations.Where(g => g.Area == Area).Select(g => g.Generation).FirstOrDefaultAsync(cancellationToken);
    }
}
