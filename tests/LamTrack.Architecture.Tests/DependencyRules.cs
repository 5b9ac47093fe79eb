namespace LamTrack.Architecture.Tests;

/// <summary>The allowed project-to-project arrows (house style 7.1); anything else is a violation.</summary>
internal static class DependencyRules
{
    private static readonly string[] s_composition = ["Web", "Cli"];

    /// <summary>For each LamTrack project, the LamTrack projects it may reference directly or not at all.</summary>
    /// <remarks>The application layer sees the engines and never an adapter; the adapters (FHIR, storage) see the
    /// application's ports and the domain, never the engines (analytics, guidance, pharmacokinetics, dosing);
    /// hosting composes the adapters and the application, and nothing references hosting but a composition root.</remarks>
    public static readonly IReadOnlyDictionary<string, string[]> Allowed = new Dictionary<string, string[]>
    {
        ["Measures"] = [],
        ["Domain"] = ["Measures"],
        ["Pharmacokinetics"] = ["Measures"],
        ["Statistics"] = ["Measures"],
        ["Analytics"] = ["Domain", "Statistics", "Measures"],
        ["Dosing"] = ["Domain", "Measures", "Pharmacokinetics"],
        ["Guidance"] = ["Domain", "Measures", "Pharmacokinetics", "Dosing"],
        ["PatientFiles"] = ["Domain", "Measures"],
        ["Application"] = ["Domain", "Measures", "Analytics", "Guidance", "Pharmacokinetics", "Statistics", "PatientFiles", "Dosing"],
        ["Reporting"] = ["Analytics", "Domain", "Measures", "Statistics", "Application", "Pharmacokinetics", "Guidance", "PatientFiles", "Dosing"],
        ["Fhir"] = ["Application", "Domain", "Measures", "PatientFiles"],
        ["Storage"] = ["Application", "Domain", "Measures", "PatientFiles"],
        ["Storage.Sqlite"] = ["Storage", "Application", "Domain", "Measures", "PatientFiles"],
        ["Storage.Postgres"] = ["Storage", "Application", "Domain", "Measures", "PatientFiles"],
        ["Hosting"] = ["Application", "Storage", "Storage.Sqlite", "Storage.Postgres", "Fhir", "Reporting", "Domain", "Measures", "PatientFiles"],
    };

    /// <summary>Projects that compose everything and may reference any LamTrack project.</summary>
    public static IReadOnlyCollection<string> CompositionRoots => s_composition;

    /// <summary>What a composition root must not reference although it composes everything else (prefixes).</summary>
    /// <remarks>The command line starts the web server through LamTrack.Web's plain-text entry points, never through
    /// ASP.NET Core itself; the web host calls application services (and LamTrack.Reporting to render), never the engines, the FHIR adapter or a storage
    /// provider, and never the command line's libraries.</remarks>
    public static readonly IReadOnlyDictionary<string, string[]> CompositionForbidden = new Dictionary<string, string[]>
    {
        // The command line parses options, calls application services and renders their results: it names no type of the
        // analytics, statistics, PK, guidance or dosing engines (reports are rendered by LamTrack.Reporting), of the FHIR adapter or of a database driver (expected failures are worded by
        // LamTrack.Hosting's ExpectedFailures). It starts the web host through LamTrack.Web's plain entry points
        // (LamTrackWebServer) and uses no part of ASP.NET Core or OpenAPI itself; the web project's OpenAPI source
        // generator is kept out of its build (LamTrack.Cli.csproj).
        ["Cli"] = ["LamTrack.Analytics", "LamTrack.Statistics", "LamTrack.Pharmacokinetics", "LamTrack.Guidance", "LamTrack.Dosing", "LamTrack.Fhir", "LamTrack.Storage",
            "Hl7.Fhir", "Npgsql", "Microsoft.Data.Sqlite", "Microsoft.EntityFrameworkCore", "Microsoft.AspNetCore", "Microsoft.OpenApi"],
        ["Web"] = ["LamTrack.Analytics", "LamTrack.Pharmacokinetics", "LamTrack.Guidance", "LamTrack.Statistics", "LamTrack.Dosing", "LamTrack.Fhir",
            "LamTrack.Storage.Sqlite", "LamTrack.Storage.Postgres", "lamtrack", "System.CommandLine", "Spectre.Console"],
    };

    /// <summary>Third-party assembly prefixes owned by one adapter project each.</summary>
    public static readonly IReadOnlyDictionary<string, string[]> ForeignOwners = new Dictionary<string, string[]>
    {
        ["Hl7.Fhir"] = ["Fhir", "Web", "Cli"],
        ["Microsoft.EntityFrameworkCore"] = ["Storage", "Storage.Sqlite", "Storage.Postgres", "Web", "Cli"],
        ["Npgsql"] = ["Storage", "Storage.Postgres", "Web", "Cli"],
        ["Microsoft.AspNetCore"] = ["Web"],
        ["System.CommandLine"] = ["Cli"],
        ["Spectre.Console"] = ["Cli"],
        ["ScottPlot"] = ["Reporting", "Web", "Cli"],
        // Configuration is read by the composition roots and bound to options by hosting; services see IOptions<T> only.
        ["Microsoft.Extensions.Configuration"] = ["Hosting", "Storage", "Storage.Sqlite", "Storage.Postgres", "Fhir", "Web", "Cli"],
    };
}
