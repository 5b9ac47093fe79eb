using System.Reflection;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace LamTrack.Architecture.Tests;

public sealed class FrameworkAssemblyTests
{
    // Directory.Packages.props keeps these packages at or below the runtime's version, so the shared framework's
    // precompiled copies are loaded and nothing is compiled again at each start of the command line or the server.
    public static TheoryData<string> SharedFrameworkAssemblies => new()
    {
        typeof(ServiceCollection).Assembly.GetName().Name!,
        typeof(ServiceCollectionServiceExtensions).Assembly.GetName().Name!,
        typeof(ConfigurationBuilder).Assembly.GetName().Name!,
        typeof(Options).Assembly.GetName().Name!,
    };

    [Theory]
    [MemberData(nameof(SharedFrameworkAssemblies))]
    public void ExtensionsAssembly_LoadedByTheTests_ComesFromTheSharedFramework(string name)
    {
        Assembly assembly = AppDomain.CurrentDomain.GetAssemblies().Single(a => a.GetName().Name == name);
        string folder = Path.GetDirectoryName(assembly.Location)!;

        Assert.NotEqual(Path.TrimEndingDirectorySeparator(AppContext.BaseDirectory), Path.TrimEndingDirectorySeparator(folder));
        Assert.Contains($"{Path.DirectorySeparatorChar}shared{Path.DirectorySeparatorChar}", folder, StringComparison.Ordinal);
    }
}
