using System.Reflection;

namespace LamTrack.Architecture.Tests;

public sealed class DependencyDirectionTests
{
    private const string Prefix = "LamTrack.";

    public static TheoryData<string> LamTrackAssemblies()
    {
        var data = new TheoryData<string>();
        foreach (string name in LoadAll().Select(a => a.GetName().Name!).Distinct().Order(StringComparer.Ordinal))
        {
            data.Add(name);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(LamTrackAssemblies))]
    public void References_PointInward(string assemblyName)
    {
        string project = ShortName(assemblyName);
        IEnumerable<string> violations = Violations(project, ReferencesOf(assemblyName));
        Assert.Empty(violations);
    }

    [Fact]
    public void Violations_DomainReferencingStorage_IsReported() =>
        Assert.Single(Violations("Domain", ["LamTrack.Measures", "LamTrack.Storage"]));

    [Fact]
    public void Violations_PharmacokineticsReferencingDomain_IsReported() =>
        Assert.Single(Violations("Pharmacokinetics", ["LamTrack.Measures", "LamTrack.Domain"]));

    [Fact]
    public void Violations_MeasuresReferencingScottPlot_IsReported() =>
        Assert.Single(Violations("Measures", ["ScottPlot"]));

    [Fact]
    public void LoadAll_FindsTheCoreProjects()
    {
        string[] names = LoadAll().Select(a => a.GetName().Name!).ToArray();
        Assert.Contains("LamTrack.Measures", names);
        Assert.Contains("LamTrack.Domain", names);
        Assert.Contains("lamtrack", names);
    }

    internal static IEnumerable<string> Violations(string project, IEnumerable<string> references)
    {
        foreach (string reference in references)
        {
            if (!IsAllowed(project, reference))
            {
                yield return $"{Prefix}{project} must not reference {reference}";
            }
        }
    }

    private static bool IsAllowed(string project, string reference)
    {
        if (DependencyRules.CompositionRoots.Contains(project))
        {
            return true;
        }

        if (reference.StartsWith(Prefix, StringComparison.Ordinal))
        {
            return DependencyRules.Allowed.TryGetValue(project, out string[]? allowed) && allowed.Contains(ShortName(reference));
        }

        foreach ((string foreign, string[] owners) in DependencyRules.ForeignOwners)
        {
            if (reference.StartsWith(foreign, StringComparison.Ordinal))
            {
                return owners.Contains(project);
            }
        }

        return true;
    }

    private static string ShortName(string assemblyName) =>
        assemblyName == "lamtrack" ? "Cli" : assemblyName[Prefix.Length..];

    private static IEnumerable<string> ReferencesOf(string assemblyName) =>
        LoadAll().First(a => a.GetName().Name == assemblyName).GetReferencedAssemblies().Select(r => r.Name!);

    private static IEnumerable<Assembly> LoadAll()
    {
        string dir = AppContext.BaseDirectory;
        IEnumerable<string> files = Directory.GetFiles(dir, "LamTrack.*.dll").Append(Path.Combine(dir, "lamtrack.dll"));
        return files.Where(f => File.Exists(f) && !Path.GetFileName(f).Contains(".Tests", StringComparison.Ordinal) && !Path.GetFileName(f).Contains("Testing", StringComparison.Ordinal))
            .Select(f => Assembly.LoadFrom(f));
    }
}
