using LamTrack.Web.Identity;
using Microsoft.Extensions.DependencyInjection;

namespace LamTrack.Web.Api;

/// <summary>Tells every server instance that the cohort's data changed (<see cref="CohortCache.InvalidateAsync"/>), for
/// writes made by the interactive pages, which have no request-scoped database context of their own.</summary>
/// <param name="scopes">Makes a scope per call, so each notice uses a database context of its own.</param>
public sealed class CohortChanges(IServiceScopeFactory scopes)
{
    /// <summary>Marks the cohort changed after a page saved an event, a dose change or an import.</summary>
    public async Task ChangedAsync(CancellationToken cancellationToken)
    {
        await using AsyncServiceScope scope = scopes.CreateAsyncScope();
        await CohortCache.InvalidateAsync(scope.ServiceProvider.GetRequiredService<LamTrackIdentityDbContext>(), cancellationToken);
    }
}
