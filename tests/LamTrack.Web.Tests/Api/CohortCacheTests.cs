using LamTrack.Web.Api;
using LamTrack.Web.Identity;
using LamTrack.Web.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using NodaTime;
using NodaTime.Testing;

namespace LamTrack.Web.Tests.Api;

public sealed class CohortCacheTests(WebHostFixture host) : IClassFixture<WebHostFixture>
{
    private static readonly Duration s_maxAge = Duration.FromMinutes(1);
    private readonly FakeClock _clock = new(Instant.FromUtc(2026, 12, 2, 17, 0));
    private int _computed;

    [Fact]
    public async Task GetRecentAsync_DataChangedWithinTheMaxAge_ServesTheCachedValueWithoutComputing()
    {
        using var cache = new CohortCache(_clock, NullLogger<CohortCache>.Instance);
        int[]? first = await RecentAsync(cache, ComputeAsync);
        await ChangeDataAsync();
        _clock.Advance(Duration.FromSeconds(59));

        int[]? second = await RecentAsync(cache, ComputeAsync);

        Assert.Same(first, second);
        Assert.Equal(1, _computed);
    }

    [Fact]
    public async Task GetRecentAsync_DataChangedAndOlderThanTheMaxAge_ServesTheCachedValueAndMakesANewOneInTheBackground()
    {
        using var cache = new CohortCache(_clock, NullLogger<CohortCache>.Instance);
        int[]? first = await RecentAsync(cache, ComputeAsync);
        await ChangeDataAsync();
        _clock.Advance(s_maxAge);
        var release = new TaskCompletionSource();
        var made = new TaskCompletionSource<int[]?>(TaskCreationOptions.RunContinuationsAsynchronously);
        async Task<int[]?> Slow(CancellationToken token)
        {
            await release.Task;
            int[]? value = await ComputeAsync(token);
            made.SetResult(value);
            return value;
        }

        int[]? whileMaking = await RecentAsync(cache, Slow);
        release.SetResult();
        int[]? remade = await made.Task.WaitAsync(TimeSpan.FromSeconds(30));
        // The background computation stores its value just after it returns it.
        int[]? after = await RecentAsync(cache, ComputeAsync);
        for (int wait = 0; ReferenceEquals(after, first) && wait < 300; wait++)
        {
            await Task.Delay(100);
            after = await RecentAsync(cache, ComputeAsync);
        }

        Assert.Same(first, whileMaking);
        Assert.Equal(new[] { 2 }, remade);
        Assert.Same(remade, after);
    }

    [Fact]
    public async Task GetAsync_AfterGetRecentAsyncServedAnOlderValue_ComputesTheCurrentOne()
    {
        using var cache = new CohortCache(_clock, NullLogger<CohortCache>.Instance);
        await RecentAsync(cache, ComputeAsync);
        await ChangeDataAsync();
        int[]? recent = await RecentAsync(cache, ComputeAsync);

        await using AsyncServiceScope scope = host.Services.CreateAsyncScope();
        int[]? current = await cache.GetAsync(scope.ServiceProvider.GetRequiredService<LamTrackIdentityDbContext>(), ComputeAsync, CancellationToken.None);

        Assert.Equal(new[] { 1 }, recent);
        Assert.Equal(new[] { 2 }, current);
    }

    private Task<int[]?> ComputeAsync(CancellationToken cancellationToken) => Task.FromResult<int[]?>([Interlocked.Increment(ref _computed)]);

    [Fact]
    public async Task InvalidateAsync_ManyAtOnceOnAStoreWithoutTheRow_CountsEveryOne()
    {
        await using (AsyncServiceScope scope = host.Services.CreateAsyncScope())
        {
            await scope.ServiceProvider.GetRequiredService<LamTrackIdentityDbContext>().CacheGenerations.ExecuteDeleteAsync();
        }

        await Task.WhenAll(Enumerable.Range(0, 12).Select(_ => Task.Run(ChangeDataAsync)));

        await using AsyncServiceScope read = host.Services.CreateAsyncScope();
        CacheGeneration row = await read.ServiceProvider.GetRequiredService<LamTrackIdentityDbContext>().CacheGenerations.SingleAsync();
        Assert.Equal(12, row.Generation);
    }

    private async Task<int[]?> RecentAsync(CohortCache cache, Func<CancellationToken, Task<int[]?>> compute)
    {
        await using AsyncServiceScope scope = host.Services.CreateAsyncScope();
        return await cache.GetRecentAsync(scope.ServiceProvider.GetRequiredService<LamTrackIdentityDbContext>(), compute, s_maxAge, CancellationToken.None);
    }

    private async Task ChangeDataAsync()
    {
        await using AsyncServiceScope scope = host.Services.CreateAsyncScope();
        await CohortCache.InvalidateAsync(scope.ServiceProvider.GetRequiredService<LamTrackIdentityDbContext>(), CancellationToken.None);
    }
}
