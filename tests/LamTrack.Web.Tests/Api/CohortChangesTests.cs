using LamTrack.Web.Api;
using LamTrack.Web.Identity;
using LamTrack.Web.Tests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace LamTrack.Web.Tests.Api;

public sealed class CohortChangesTests(WebHostFixture host) : IClassFixture<WebHostFixture>
{
    [Fact]
    public async Task ChangedAsync_AfterAPageWrite_MakesTheCachedAnalysisRecompute()
    {
        var cache = host.Services.GetRequiredService<CohortCache>();
        int computed = 0;
        Task<byte[]?> Compute(CancellationToken _) => Task.FromResult<byte[]?>([(byte)++computed]);

        byte[]? first = await GetAsync(cache, Compute);
        byte[]? cached = await GetAsync(cache, Compute);
        await host.Services.GetRequiredService<CohortChanges>().ChangedAsync(CancellationToken.None);
        byte[]? recomputed = await GetAsync(cache, Compute);

        Assert.Equal([1], first);
        Assert.Same(first, cached);
        Assert.Equal([2], recomputed);
    }

    private async Task<byte[]?> GetAsync(CohortCache cache, Func<CancellationToken, Task<byte[]?>> compute)
    {
        await using AsyncServiceScope scope = host.Services.CreateAsyncScope();
        return await cache.GetAsync(scope.ServiceProvider.GetRequiredService<LamTrackIdentityDbContext>(), compute, CancellationToken.None);
    }
}
