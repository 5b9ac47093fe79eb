using LamTrack.Hosting;
using LamTrack.Hosting.Storage;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using NodaTime;
using NodaTime.Testing;

namespace LamTrack.Application.Tests.Hosting;

public sealed class LamTrackRegistrationTests
{
    [Fact]
    public void AddLamTrack_ClockRegisteredFirst_KeepsThatClock()
    {
        var clock = new FakeClock(Instant.FromUtc(2020, 1, 1, 0, 0));
        var services = new ServiceCollection().AddSingleton<IClock>(clock);
        using ServiceProvider provider = services.AddLamTrack(new ConfigurationBuilder().Build()).BuildServiceProvider();
        Assert.Same(clock, provider.GetRequiredService<IClock>());
    }

    [Fact]
    public void AddLamTrack_NoClock_AddsTheSystemClock()
    {
        using ServiceProvider provider = new ServiceCollection().AddLamTrack(new ConfigurationBuilder().Build()).BuildServiceProvider();
        Assert.Same(SystemClock.Instance, provider.GetRequiredService<IClock>());
    }

    [Fact]
    public void AddLamTrack_StorageSection_BindsStorageOptions()
    {
        IConfiguration configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?> { ["LamTrack:Storage:DefaultDatabase"] = "site.db" })
            .Build();
        using ServiceProvider provider = new ServiceCollection().AddLamTrack(configuration).BuildServiceProvider();
        Assert.Equal("site.db", provider.GetRequiredService<IOptions<StorageOptions>>().Value.DefaultDatabase);
    }
}
