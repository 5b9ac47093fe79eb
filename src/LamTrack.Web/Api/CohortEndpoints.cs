using System.Text.Json.Nodes;
using LamTrack.Application.Analysis;
using LamTrack.Application.Records;
using LamTrack.Application.Reports;
using LamTrack.Reporting.Analysis;
using LamTrack.Reporting.CaseSeries;
using LamTrack.Web.Hosting;
using LamTrack.Web.Identity;
using NodaTime;

namespace LamTrack.Web.Api;

/// <summary>The cohort: the <c>analysis.json</c> document and Table 1 (<c>/api/cohort</c>).</summary>
/// <remarks>
/// Researchers get the analysis without its per-patient section and without the ids of skipped records: pooled
/// figures, Kaplan–Meier and baselines only. Table 1 has a column per patient, so it is for identified roles.
/// </remarks>
public static class CohortEndpoints
{
    /// <summary>Maps the endpoints.</summary>
    public static IEndpointRouteBuilder MapLamTrackCohort(this IEndpointRouteBuilder endpoints)
    {
        RouteGroupBuilder group = endpoints.MapGroup("/api/cohort").WithTags("Cohort");
        group.MapGet("/analysis", AnalysisAsync).RequireAuthorization(Policies.Cohort)
            .WithSummary("The cohort analysis (analysis.json, format lamtrack-analysis/1); de-identified for researchers.");
        group.MapGet("/table1", Table1Async).RequireAuthorization(Policies.ReadIdentified)
            .WithSummary("Table 1 of the stored patients as CSV.");
        return endpoints;
    }

    private static async Task<IResult> AnalysisAsync(HttpContext http, CohortCache cache, LamTrackIdentityDbContext database, CohortAnalysisReporter reporter,
        WebSettings settings, IClock clock, CancellationToken cancellationToken)
    {
        byte[]? document = await cache.GetAsync(database, token => ComputeAsync(reporter, settings, clock, token), cancellationToken);
        if (document is null)
        {
            return ApiProblems.Of(StatusCodes.Status422UnprocessableEntity, "APP-003", "No analysis", "The store holds no valid patient to analyse.");
        }

        bool identified = http.User.IsInRole(Roles.Clinician) || http.User.IsInRole(Roles.Pharmacist);
        return identified ? TypedResults.Bytes(document, "application/json") : TypedResults.Text(Deidentify(document), "application/json");
    }

    private static async Task<byte[]?> ComputeAsync(CohortAnalysisReporter reporter, WebSettings settings, IClock clock, CancellationToken cancellationToken)
    {
        CohortAnalysisReport report = await reporter.AnalyzeAsync(new PatientSourceRequest(null, settings.Store.Text), new AnalysisSettings(), true, null, cancellationToken);
        if (!report.Succeeded)
        {
            return null;
        }

        using var stream = new MemoryStream();
        report.WriteJson(stream, clock.GetCurrentInstant(), settings.IsDemo ? "demo store (published cases)" : "database", listSkipped: true);
        return stream.ToArray();
    }

    /// <summary>The analysis document without what identifies a patient (the per-patient section, the skipped ids), for researchers.</summary>
    internal static string Deidentify(byte[] document)
    {
        JsonObject root = JsonNode.Parse(document)!.AsObject();
        root.Remove("patients");
        if (root["data"] is JsonObject data)
        {
            data.Remove("skipped");
        }

        return root.ToJsonString();
    }

    private static async Task<IResult> Table1Async(CaseSeriesReportService reports, WebSettings settings, CancellationToken cancellationToken)
    {
        CaseSeriesReport report = await reports.BuildAsync(new CaseSeriesReportRequest(new PatientSourceRequest(null, settings.Store.Text)), null, cancellationToken);
        return report.HasTable
            ? TypedResults.Text(CaseSeriesReportFiles.Csv(report), "text/csv")
            : report.Problems.Count > 0
                ? ApiProblems.From(report.Problems, "Table 1 cannot be made")
                : ApiProblems.Of(StatusCodes.Status422UnprocessableEntity, "APP-003", "No Table 1", report.Refusal ?? "no patient");
    }
}
