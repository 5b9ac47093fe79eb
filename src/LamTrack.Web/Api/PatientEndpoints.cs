using System.Security.Claims;
using System.Text.Json.Nodes;
using LamTrack.Application.Guidance;
using LamTrack.Application.Ports;
using LamTrack.Application.Problems;
using LamTrack.Application.Records;
using LamTrack.Domain.Events;
using LamTrack.Domain.Patients;
using LamTrack.PatientFiles;
using LamTrack.Web.Components.Pages.Records;
using LamTrack.Web.Identity;
using Microsoft.AspNetCore.Mvc;
using NodaTime;

namespace LamTrack.Web.Api;

/// <summary>The identified patient resources: list, read, create, and add an event (<c>/api/patients</c>).</summary>
/// <remarks>Clinicians and pharmacists read; clinicians write; pharmacists add troughs only. Researchers get 403.</remarks>
public static class PatientEndpoints
{
    private const string JsonType = "application/json";

    /// <summary>Maps the endpoints.</summary>
    public static IEndpointRouteBuilder MapLamTrackPatients(this IEndpointRouteBuilder endpoints)
    {
        RouteGroupBuilder group = endpoints.MapGroup("/api/patients").WithTags("Patients").RequireAuthorization(Policies.ReadIdentified);
        group.MapGet("/", ListAsync)
            .WithSummary("Patient ids and labels, a page at a time: search by id or label, filters (sirolimus, recent, outOfWindow, overdue, warnings) and sort (label, id, episode, events, worklist), as of asOf (YYYY-MM-DD, default today).");
        group.MapGet("/{id}", GetAsync).WithSummary("One patient in the patient-file JSON shape; the ETag is her stored version.");
        group.MapPost("/", CreateAsync).RequireAuthorization(Policies.WriteRecord).Accepts<JsonObject>(JsonType)
            .WithSummary("Stores a new patient from a patient-file body.");
        group.MapPost("/{id}/events", AddEventAsync).RequireAuthorization(Policies.RecordDosing).Accepts<JsonObject>(JsonType)
            .WithSummary("Adds one event in the patient-file JSON shape; If-Match must quote the version read.");
        return endpoints;
    }

    private static async Task<IResult> ListAsync([AsParameters] PatientListQuery query, IPatientStoreFactory stores, PatientListing listing, IClock clock,
        CancellationToken cancellationToken)
    {
        (LocalDate? asOf, IResult? refusal) = query.AsOfDay(clock);
        if (refusal is not null)
        {
            return refusal;
        }

        int skip = Math.Max(0, query.Offset ?? 0);
        int take = Math.Clamp(query.Limit ?? 50, 1, 200);
        try
        {
            IPatientStore store = await stores.OpenAsync(new StoreOpenRequest(null, StoreAccess.ReadOnly, "web"), cancellationToken);
            IReadOnlyList<PatientRow> matching = await listing.FindAsync(store, query.Filter(), asOf!.Value, cancellationToken);
            PatientListItem[] page = [.. matching.Skip(skip).Take(take).Select(r => new PatientListItem(r.Id, r.Unreadable ? null : r.Label, r.Version))];
            return TypedResults.Ok(new PatientPage(matching.Count, skip, page));
        }
        catch (ProblemException ex)
        {
            return ApiProblems.From([ex.Problem], "The store cannot be read");
        }
    }

    private static async Task<IResult> GetAsync(string id, PatientRecordService records, HttpResponse response, CancellationToken cancellationToken)
    {
        PatientFound found = await records.FindAsync(new FindPatientRequest(null, id), cancellationToken);
        if (found.Patient is not { } stored)
        {
            return ApiProblems.From(found.Problems, "Patient not available");
        }

        response.Headers.ETag = Versions.ToETag(stored.Version);
        return TypedResults.Text(PatientFileWriter.ToJson(stored.Patient), JsonType);
    }

    private static async Task<IResult> CreateAsync(HttpRequest request, IPatientStoreFactory stores, ClaimsPrincipal user, LamTrackIdentityDbContext database,
        CancellationToken cancellationToken)
    {
        (JsonNode? body, IResult? refusal) = await JsonBody.ReadAsync(request, JsonBody.DefaultLimitBytes, cancellationToken);
        if (refusal is not null)
        {
            return refusal;
        }

        (Patient? patient, IReadOnlyList<PatientFileIssue> issues) = PatientFileWriter.Parse(body!.ToJsonString(), EventBody.Origin);
        if (patient is null || issues.Count > 0)
        {
            return ApiProblems.From(PatientFileProblems.From(issues), "The patient file is not valid");
        }

        try
        {
            IPatientStore store = await stores.OpenAsync(new StoreOpenRequest(null, StoreAccess.ReadWrite, Actor.Of(user)), cancellationToken);
            int version = await store.CreateAsync(patient, cancellationToken);
            await CohortCache.InvalidateAsync(database, cancellationToken);
            request.HttpContext.Response.Headers.ETag = Versions.ToETag(version);
            return TypedResults.Created($"/api/patients/{Uri.EscapeDataString(patient.Id)}", new PatientListItem(patient.Id, patient.Label, version));
        }
        catch (ProblemException ex)
        {
            return ApiProblems.From([ex.Problem], "The patient was not stored");
        }
    }

    private static async Task<IResult> AddEventAsync(string id, HttpRequest request, PatientRecordService records, ClaimsPrincipal user,
        LamTrackIdentityDbContext database, CancellationToken cancellationToken)
    {
        (int? expected, IResult? versionRefusal) = Versions.FromIfMatch(request);
        if (versionRefusal is not null)
        {
            return versionRefusal;
        }

        (JsonNode? body, IResult? refusal) = await JsonBody.ReadAsync(request, JsonBody.DefaultLimitBytes, cancellationToken);
        if (refusal is not null)
        {
            return refusal;
        }

        if (!user.IsInRole(Roles.Clinician) && (body!["type"] as JsonValue)?.ToString() != "trough")
        {
            return ApiProblems.Of(StatusCodes.Status403Forbidden, WebProblemCodes.EventTypeNotAllowed, "Not allowed",
                "A pharmacist records troughs and dose changes; other events are entered by a clinician.", "/type");
        }

        PatientFound found = await records.FindAsync(new FindPatientRequest(null, id), cancellationToken);
        if (found.Patient is not { } stored)
        {
            return ApiProblems.From(found.Problems, "Patient not available");
        }

        (ClinicalEvent? added, IReadOnlyList<Problem> problems) = EventBody.Read(stored.Patient, body!.AsObject());
        if (added is null)
        {
            return ApiProblems.From(problems, "The event is not valid");
        }

        RecordSaved saved = await records.RecordEventAsync(new RecordEventRequest(null, id, expected!.Value, added, Actor.Of(user)), cancellationToken);
        if (!saved.Saved)
        {
            return ApiProblems.From(saved.Problems, "The event was not recorded");
        }

        await CohortCache.InvalidateAsync(database, cancellationToken);
        request.HttpContext.Response.Headers.ETag = Versions.ToETag(saved.Version!.Value);
        return TypedResults.Created($"/api/patients/{Uri.EscapeDataString(id)}", new PatientListItem(id, stored.Patient.Label, saved.Version.Value));
    }
}
