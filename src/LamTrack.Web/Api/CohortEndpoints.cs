using LamTrack.Web.Components.Pages.Dashboard;
using LamTrack.Web.Identity;

namespace LamTrack.Web.Api;

/// <summary>The cohort: the <c>analysis.json</c> document, the Kaplan–Meier figure and Table 1 (<c>/api/cohort</c>).</summary>
/// <remarks>
/// Researchers get the analysis without its per-patient section and without the ids of skipped records: pooled
/// figures, Kaplan–Meier and baselines only. Table 1 has a column per patient, so it is for identified roles, and made
/// only for a cohort of at most <see cref="CohortDashboardSource.PerPatientLimit"/> patients. Both come from the cached
/// <see cref="CohortDashboard"/>.
/// </remarks>
public static class CohortEndpoints
{
    /// <summary>Maps the endpoints.</summary>
    public static IEndpointRouteBuilder MapLamTrackCohort(this IEndpointRouteBuilder endpoints)
    {
        RouteGroupBuilder group = endpoints.MapGroup("/api/cohort").WithTags("Cohort");
        group.MapGet("/analysis", AnalysisAsync).RequireAuthorization(Policies.Cohort)
            .WithSummary("The cohort analysis (analysis.json, format lamtrack-analysis/1); de-identified for researchers.");
        group.MapGet("/kaplan-meier.svg", KaplanMeierSvgAsync).RequireAuthorization(Policies.Cohort)
            .WithSummary("The dashboard's Kaplan–Meier figure (pooled) as SVG.");
        group.MapGet("/kaplan-meier.png", KaplanMeierPngAsync).RequireAuthorization(Policies.Cohort)
            .WithSummary("The dashboard's Kaplan–Meier figure (pooled) as PNG.");
        group.MapGet("/table1", Table1Async).RequireAuthorization(Policies.ReadIdentified)
            .WithSummary("Table 1 of the stored patients as CSV.");
        return endpoints;
    }

    private static async Task<IResult> AnalysisAsync(HttpContext http, CohortDashboardSource dashboards, CancellationToken cancellationToken)
    {
        CohortDashboard dashboard = await dashboards.GetAsync(cancellationToken);
        if (dashboard.Refusal is not null)
        {
            return ApiProblems.Of(StatusCodes.Status422UnprocessableEntity, "APP-003", "No analysis", "The store holds no valid patient to analyse.");
        }

        bool identified = http.User.IsInRole(Roles.Clinician) || http.User.IsInRole(Roles.Pharmacist);
        return identified ? TypedResults.PhysicalFile(dashboard.DocumentFile, "application/json") : TypedResults.Bytes(dashboard.DeidentifiedDocument, "application/json");
    }

    // The figures are the page's own (the dashboard made for the page), so a download matches what was shown. Before,
    // the page carried both as data URIs: 3.2 MB of HTML per view of a 2,000-patient dashboard (docs/benchmarks/17-soak.md).
    private static async Task<IResult> KaplanMeierSvgAsync(CohortDashboardSource dashboards, CancellationToken cancellationToken)
    {
        CohortDashboard dashboard = await dashboards.GetRecentAsync(cancellationToken);
        return dashboard.Refusal is null ? TypedResults.Text(dashboard.KaplanMeierSvg, "image/svg+xml") : NoFigure(dashboard.Refusal);
    }

    private static async Task<IResult> KaplanMeierPngAsync(CohortDashboardSource dashboards, CancellationToken cancellationToken)
    {
        CohortDashboard dashboard = await dashboards.GetRecentAsync(cancellationToken);
        return dashboard.Refusal is null ? TypedResults.Bytes(dashboard.KaplanMeierPng, "image/png") : NoFigure(dashboard.Refusal);
    }

    private static IResult NoFigure(string refusal) => ApiProblems.Of(StatusCodes.Status422UnprocessableEntity, "APP-003", "No figure", refusal);

    private static async Task<IResult> Table1Async(CohortDashboardSource dashboards, CancellationToken cancellationToken)
    {
        CohortDashboard dashboard = await dashboards.GetAsync(cancellationToken);
        return dashboard.Table1Csv is { } csv
            ? TypedResults.Text(csv, "text/csv")
            : ApiProblems.Of(StatusCodes.Status422UnprocessableEntity, "APP-003", "No Table 1", dashboard.Refusal ?? dashboard.PerPatientRefusal ?? "no patient");
    }
}
