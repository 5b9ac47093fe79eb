using System.Reflection;

namespace LamTrack.Architecture.Tests;

public sealed class CompositionRootTests
{
    [Theory]
    [InlineData("lamtrack", "Cli")]
    [InlineData("LamTrack.Web", "Web")]
    public void References_AvoidWhatTheRootMustNotUse(string assemblyName, string root)
    {
        Assembly assembly = Assembly.LoadFrom(Path.Combine(AppContext.BaseDirectory, assemblyName + ".dll"));
        string[] references = [.. assembly.GetReferencedAssemblies().Select(r => r.Name!)];
        Assert.Empty(Forbidden(root, references));
    }

    [Fact]
    public void Forbidden_CliReferencingAspNetCore_IsReported() =>
        Assert.Single(Forbidden("Cli", ["LamTrack.Web", "Microsoft.AspNetCore.Http.Abstractions"]));

    [Fact]
    public void Forbidden_CliReferencingOpenApiOrMvc_IsReported() =>
        Assert.Equal(2, Forbidden("Cli", ["LamTrack.Web", "Microsoft.AspNetCore.OpenApi", "Microsoft.AspNetCore.Mvc.Core"]).Count());

    [Theory]
    [InlineData("LamTrack.Pharmacokinetics")]
    [InlineData("LamTrack.Guidance")]
    [InlineData("LamTrack.Dosing")]
    [InlineData("LamTrack.Fhir")]
    [InlineData("LamTrack.Storage.Sqlite")]
    [InlineData("Npgsql")]
    public void Forbidden_CliReferencingAnEngineOrAdapter_IsReported(string reference) =>
        Assert.Single(Forbidden("Cli", ["LamTrack.Application", "LamTrack.Hosting", "LamTrack.Reporting", reference]));

    [Fact]
    public void Forbidden_WebReferencingPharmacokinetics_IsReported() =>
        Assert.Single(Forbidden("Web", ["LamTrack.Application", "LamTrack.Pharmacokinetics"]));

    private static IEnumerable<string> Forbidden(string root, IEnumerable<string> references) =>
        references.Where(reference => DependencyRules.CompositionForbidden[root].Any(prefix =>
            reference == prefix || reference.StartsWith(prefix + ".", StringComparison.Ordinal)));
}
