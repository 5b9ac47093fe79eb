using System.Text.Json;

namespace LamTrack.Cli.Tests.Infrastructure;

/// <summary>The runtime settings the <c>lamtrack</c> command ships with (<c>src/LamTrack.Cli/LamTrack.Cli.csproj</c> gives
/// the measurements behind each), read from the runtime configuration file the build writes beside it.</summary>
public sealed class RuntimeConfigurationTests
{
    [Fact]
    public void RuntimeConfig_AsBuilt_UsesTheServerCollectorWithoutAdaptationAndNoProfileGuidedTiering()
    {
        JsonElement properties = ConfigProperties();

        Assert.True(properties.GetProperty("System.GC.Server").GetBoolean());
        Assert.Equal(0, properties.GetProperty("System.GC.DynamicAdaptationMode").GetInt32());
        Assert.False(properties.GetProperty("System.Runtime.TieredPGO").GetBoolean());
    }

    [Fact]
    public void RuntimeConfig_AsBuilt_LeavesTheTieringDelayAtTheRuntimeDefault()
    {
        // A shorter delay speeds analyze but slows the FHIR import of a registry (docs/benchmarks.md, "The tiering delay").
        JsonElement properties = ConfigProperties();

        Assert.False(properties.TryGetProperty("System.Runtime.TieredCompilation.CallCountingDelayMs", out _));
    }

    private static JsonElement ConfigProperties()
    {
        string path = Path.Combine(AppContext.BaseDirectory, "lamtrack.runtimeconfig.json");
        using JsonDocument document = JsonDocument.Parse(File.ReadAllText(path));
        return document.RootElement.GetProperty("runtimeOptions").GetProperty("configProperties").Clone();
    }
}
