using System.Security.Claims;
using System.Text;
using LamTrack.Application.Interop;
using LamTrack.Application.Ports;
using LamTrack.Application.Problems;
using LamTrack.Domain.Patients;
using LamTrack.Web.Hosting;
using LamTrack.Web.Identity;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Mvc;

namespace LamTrack.Web.Api;

/// <summary>FHIR import and the exports (<c>/api/import/fhir</c>, <c>/api/export/fhir</c>, <c>/api/export/research-csv</c>).</summary>
/// <remarks>
/// Clinicians import; clinicians and pharmacists export FHIR (identified); every cohort role, researchers included, gets
/// the research CSV, which is always de-identified. The services are the application layer's
/// (<see cref="FhirImportService"/>, <see cref="PatientExportService"/>); exports are written to a temporary folder and sent.
/// </remarks>
public static class InteropEndpoints
{
    /// <summary>The largest FHIR upload by default, as sent: 256 MiB (<c>LamTrack:Web:FhirImportMaxBytes</c>).</summary>
    public const long DefaultImportLimitBytes = 256L * 1024 * 1024;

    /// <summary>The configuration key of the upload limit.</summary>
    public const string ImportLimitKey = "LamTrack:Web:FhirImportMaxBytes";

    // A gzip body may expand; the decompressed limit bounds what a small, hostile body can make the server write.
    private const int DecompressionFactor = 8;

    /// <summary>Maps the endpoints.</summary>
    public static IEndpointRouteBuilder MapLamTrackInterop(this IEndpointRouteBuilder endpoints)
    {
        // No Accepts metadata: routing would answer an unknown media type with an uncoded 415 before the handler's coded one.
        endpoints.MapPost("/api/import/fhir", ImportAsync).WithTags("Import and export").RequireAuthorization(Policies.WriteRecord)
            .WithSummary("Imports a FHIR R4 Bundle (application/fhir+json) or NDJSON (application/fhir+ndjson) body, optionally with Content-Encoding: gzip; "
                + "returns the counts and coded problems. skipInvalid=true imports the valid units.");
        endpoints.MapGet("/api/export/fhir", ExportFhirAsync).WithTags("Import and export").RequireAuthorization(Policies.ReadIdentified)
            .WithSummary("Every stored patient as FHIR R4: format=ndjson (default) or format=bundle (one collection Bundle).");
        endpoints.MapGet("/api/export/research-csv", ExportResearchAsync).WithTags("Import and export").RequireAuthorization(Policies.Cohort)
            .WithSummary("The de-identified research export (records.csv; file=dictionary for data_dictionary.csv).");
        return endpoints;
    }

    private static async Task<IResult> ImportAsync(HttpRequest request, [FromQuery] bool? skipInvalid, FhirImportService imports, ClaimsPrincipal user,
        IConfiguration configuration, WebSettings web, LamTrackIdentityDbContext database, CancellationToken cancellationToken)
    {
        if (FormatOf(request.ContentType) is not { } format)
        {
            return ApiProblems.Of(StatusCodes.Status415UnsupportedMediaType, WebProblemCodes.UnsupportedMediaType, "Unsupported media type",
                "Send a Bundle as application/fhir+json or NDJSON as application/fhir+ndjson (gzip as Content-Encoding: gzip).");
        }

        long limit = configuration.GetValue<long?>(ImportLimitKey) ?? DefaultImportLimitBytes;
        if (request.HttpContext.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } size)
        {
            size.MaxRequestBodySize = limit;
        }

        (Stream? body, IResult? refusal) = await UploadBody.ReadAsync(request, limit, limit * DecompressionFactor, cancellationToken);
        if (body is null)
        {
            return refusal!;
        }

        await using (body)
        {
            var source = FhirImportSource.FromStream(body, "request body", format);
            var settings = new FhirImportSettings(SkipInvalid: skipInvalid == true);
            FhirImportReport report = await imports.ImportAsync(new FhirImportRequest(source, null, web.Store.Text, settings, Actor.Of(user)), null, cancellationToken);
            return await AnswerAsync(report, database, cancellationToken);
        }
    }

    private static async Task<IResult> AnswerAsync(FhirImportReport report, LamTrackIdentityDbContext database, CancellationToken cancellationToken)
    {
        if (report.Outcome is not { } outcome)
        {
            return ApiProblems.From([report.Failure!], "The import stopped");
        }

        if (outcome.Rejected)
        {
            return ApiProblems.From(outcome.Problems.Count == 0 ? [Problem.Error(ApplicationProblemCodes.InvalidRequest, "the input was rejected")] : outcome.Problems,
                "The FHIR input was rejected; nothing was imported");
        }

        if (outcome.Imported.Count > outcome.Unchanged.Count)
        {
            await CohortCache.InvalidateAsync(database, cancellationToken);
        }

        return TypedResults.Ok(new FhirImportResult(outcome.Imported.Count, outcome.Replaced.Count, outcome.Unchanged.Count, outcome.Skipped.Count, outcome.ErrorCount,
            [.. outcome.Problems.Select(ApiProblems.Describe)]));
    }

    private static FhirInputFormat? FormatOf(string? contentType)
    {
        string type = (contentType ?? string.Empty).Split(';')[0].Trim().ToLowerInvariant();
        return type switch
        {
            "application/fhir+json" or "application/json" => FhirInputFormat.Bundle,
            "application/fhir+ndjson" or "application/x-ndjson" or "application/ndjson" => FhirInputFormat.Ndjson,
            _ => null,
        };
    }

    private static async Task<IResult> ExportFhirAsync([FromQuery] string? format, IPatientStoreFactory stores, PatientExportService exports, ClaimsPrincipal user,
        CancellationToken cancellationToken)
    {
        bool bundle = string.Equals(format, "bundle", StringComparison.OrdinalIgnoreCase);
        if (format is not null && !bundle && !string.Equals(format, "ndjson", StringComparison.OrdinalIgnoreCase))
        {
            return ApiProblems.Of(StatusCodes.Status400BadRequest, WebProblemCodes.WrongShape, "Unknown format", $"format '{format}' is neither ndjson nor bundle.");
        }

        using var folder = new ExportFolder();
        IReadOnlyList<Patient> patients = await AllAsync(stores, user, cancellationToken);
        var request = new FhirExportRequest(patients, folder.Path, bundle ? FhirExportLayout.CollectionBundles : FhirExportLayout.Ndjson);
        ExportReport report = await exports.ExportFhirAsync(request, null, cancellationToken);
        if (report.Failure is { } failure)
        {
            return ApiProblems.From([failure], "The export failed");
        }

        return bundle
            ? TypedResults.Text(ExportFiles.OneBundle(folder.Path), "application/fhir+json", Encoding.UTF8)
            : TypedResults.Text(ExportFiles.Ndjson(folder.Path), "application/fhir+ndjson", Encoding.UTF8);
    }

    private static async Task<IResult> ExportResearchAsync([FromQuery] string? file, IPatientStoreFactory stores, PatientExportService exports, ClaimsPrincipal user,
        CancellationToken cancellationToken)
    {
        string name = string.Equals(file, "dictionary", StringComparison.OrdinalIgnoreCase) ? "data_dictionary.csv" : "records.csv";
        using var folder = new ExportFolder();
        IReadOnlyList<Patient> patients = await AllAsync(stores, user, cancellationToken);
        ExportReport report = await exports.ExportResearchAsync(new ResearchExportRequest(patients, folder.Path, Deidentify: true), cancellationToken);
        if (report.Failure is { } failure)
        {
            return ApiProblems.From([failure], "The export failed");
        }

        string text = await File.ReadAllTextAsync(System.IO.Path.Combine(folder.Path, name), cancellationToken);
        return TypedResults.File(Encoding.UTF8.GetBytes(text), "text/csv", name);
    }

    private static async Task<IReadOnlyList<Patient>> AllAsync(IPatientStoreFactory stores, ClaimsPrincipal user, CancellationToken cancellationToken)
    {
        IPatientStore store = await stores.OpenAsync(new StoreOpenRequest(null, StoreAccess.ReadOnly, Actor.Of(user)), cancellationToken);
        var patients = new List<Patient>();
        await foreach (Patient patient in store.StreamAllAsync(cancellationToken))
        {
            patients.Add(patient);
        }

        return patients;
    }
}
