namespace LamTrack.Web.Hosting;

/// <summary>Tells the operator when the server runs with the garbage collector's dynamic adaptation off.</summary>
/// <remarks>
/// The command line ships the server collector with its dynamic adaptation (DATAS) off
/// (<c>src/LamTrack.Cli/LamTrack.Cli.csproj</c>), because a bulk FHIR import is faster so (docs/benchmarks.md, issue 12).
/// The web server is the same process, and the setting is read once when the runtime starts, so it cannot be changed
/// for <c>serve</c> alone. Under a 5-minute soak on PostgreSQL with the adaptation off, the server's memory swung
/// between 315 and 506 MiB from one 5-second sample to the next and its mean rose by 11 %; with
/// <c>DOTNET_GCDynamicAdaptationMode=1</c> it stayed between 279 and 404 MiB and rose by 5 %
/// (docs/benchmarks/17-soak.md). See "Garbage collection" in docs/deployment.md and .NET's runtime configuration
/// options for garbage collection ("Dynamic adaptation to application sizes").
/// </remarks>
public static class CollectorAdvice
{
    /// <summary>The environment variable that turns the adaptation on.</summary>
    public const string Variable = "DOTNET_GCDynamicAdaptationMode";

    /// <summary>The note to print, or null when the server collector already adapts or the workstation collector runs.</summary>
    /// <param name="collectorSettings">The collector's settings in force, as <see cref="GC.GetConfigurationVariables"/> gives them.</param>
    public static string? Note(IReadOnlyDictionary<string, object> collectorSettings)
    {
        ArgumentNullException.ThrowIfNull(collectorSettings);
        bool server = collectorSettings.TryGetValue("ServerGC", out object? s) && s is true;
        bool adaptationOff = collectorSettings.TryGetValue("GCDynamicAdaptationMode", out object? mode) && Convert.ToInt64(mode, System.Globalization.CultureInfo.InvariantCulture) == 0;
        return server && adaptationOff
            ? $"Memory: the garbage collector's dynamic adaptation is off; for a long-running server set {Variable}=1 in its environment (docs/deployment.md, \"Garbage collection\")."
            : null;
    }
}
