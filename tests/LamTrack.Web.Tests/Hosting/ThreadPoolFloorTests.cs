using LamTrack.Web.Hosting;
using Microsoft.Extensions.Configuration;

namespace LamTrack.Web.Tests.Hosting;

public sealed class ThreadPoolFloorTests
{
    private static IConfiguration Settings(string? value) =>
        new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?> { [ThreadPoolFloor.Key] = value }).Build();

    [Fact]
    public void Apply_NoSetting_RaisesTheMinimumToAtLeastTheDefault()
    {
        (int workers, string? warning) = ThreadPoolFloor.Apply(Settings(null));

        Assert.Null(warning);
        Assert.True(workers >= ThreadPoolFloor.DefaultMinWorkerThreads);
        ThreadPool.GetMinThreads(out int inForce, out _);
        Assert.Equal(workers, inForce);
    }

    [Fact]
    public void Apply_HigherSetting_RaisesTheMinimumToIt()
    {
        (int workers, string? warning) = ThreadPoolFloor.Apply(Settings("40"));

        Assert.Null(warning);
        Assert.True(workers >= 40);
    }

    [Theory]
    [InlineData("many")]
    [InlineData("0")]
    [InlineData("-3")]
    [InlineData("5000")]
    public void Apply_ValueThatIsNotAThreadCount_WarnsWithTheKeyAndKeepsTheDefault(string value)
    {
        (int workers, string? warning) = ThreadPoolFloor.Apply(Settings(value));

        Assert.NotNull(warning);
        Assert.Contains(ThreadPoolFloor.Key, warning, StringComparison.Ordinal);
        Assert.Contains($"\"{value}\"", warning, StringComparison.Ordinal);
        Assert.True(workers >= ThreadPoolFloor.DefaultMinWorkerThreads);
    }
}
