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
    public void Violations_ApplicationReferencingStorage_IsReported() =>
        Assert.Single(Violations("Application", ["LamTrack.Domain", "LamTrack.Storage"]));

    [Fact]
    public void Violations_ApplicationReferencingFhirSdkOrConfiguration_IsReported() =>
        Assert.Equal(2, Violations("Application", ["Hl7.Fhir.R4", "Microsoft.Extensions.Configuration.Abstractions"]).Count());

    [Fact]
    public void Violations_FhirReferencingPharmacokinetics_IsReported() =>
        Assert.Single(Violations("Fhir", ["LamTrack.Application", "LamTrack.Pharmacokinetics"]));

    [Fact]
    public void Violations_StorageReferencingAnalytics_IsReported() =>
        Assert.Single(Violations("Storage", ["LamTrack.Application", "LamTrack.Analytics"]));

    [Fact]
    public void Violations_HostingReferencingGuidance_IsReported() =>
        Assert.Single(Violations("Hosting", ["LamTrack.Application", "LamTrack.Storage.Sqlite", "LamTrack.Guidance"]));

    [Fact]
    public void Violations_ReportingReferencingHosting_IsReported() =>
        Assert.Single(Violations("Reporting", ["LamTrack.Application", "LamTrack.Hosting"]));

    [Fact]
    public void LoadAll_FindsTheCoreProjects()
    {
        string[] names = LoadAll().Select(a => a.GetName().Name!).ToArray();
        Assert.Contains("LamTrack.Measures", names);
        Assert.Contains("LamTrack.Domain", names);
        Assert.Contains("lamtrack", names);
        Assert.Contains("LamTrack.Application", names);
        Assert.Contains("LamTrack.Hosting", names);
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
