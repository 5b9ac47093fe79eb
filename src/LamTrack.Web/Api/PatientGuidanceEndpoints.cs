using System.Text.Json.Nodes;
using LamTrack.Application.Guidance;
using LamTrack.Application.Pharmacokinetics;
using LamTrack.Application.Records;
using LamTrack.Application.Serialization;
using LamTrack.Web.Identity;
using Microsoft.AspNetCore.Mvc;
using NodaTime;
using NodaTime.Text;

namespace LamTrack.Web.Api;

/// <summary>A patient's guidance findings and dose proposal (<c>/api/patients/{id}/findings</c>, <c>/dose-proposal</c>).</summary>
/// <remarks>Both call the application's services on the stored record; the documents are theirs, serialised with
/// <see cref="LamTrackJson.Options"/>, the same contract as <c>lamtrack advise --json</c> and <c>pk dose --json</c>.</remarks>
public static class PatientGuidanceEndpoints
{
    /// <summary>Maps the endpoints.</summary>
    public static IEndpointRouteBuilder MapLamTrackPatientGuidance(this IEndpointRouteBuilder endpoints)
    {
        RouteGroupBuilder group = endpoints.MapGroup("/api/patients/{id}").WithTags("Guidance and dosing").RequireAuthorization(Policies.ReadIdentified);
        group.MapGet("/findings", FindingsAsync).WithSummary("The guidance findings as of a date (asOf=YYYY-MM-DD; default today).");
        group.MapPost("/dose-proposal", ProposeAsync).Accepts<DoseProposalBody>("application/json")
            .WithSummary("Dose options with the probability of a trough in the target window, the forecast with its 90 % band and the assumptions.");
        return endpoints;
    }

    private static async Task<IResult> FindingsAsync(string id, [FromQuery] string? asOf, PatientRecordService records, GuidanceService guidance, IClock clock,
        CancellationToken cancellationToken)
    {
        LocalDate day = clock.GetCurrentInstant().InUtc().Date;
        if (asOf is not null)
        {
            ParseResult<LocalDate> parsed = LocalDatePattern.Iso.Parse(asOf);
            if (!parsed.Success)
            {
                return ApiProblems.Of(StatusCodes.Status400BadRequest, WebProblemCodes.WrongShape, "Unreadable date", $"asOf '{asOf}' is not a date YYYY-MM-DD.");
            }

            day = parsed.Value;
        }

        PatientFound found = await records.FindAsync(new FindPatientRequest(null, id), cancellationToken);
        if (found.Patient is not { } stored)
        {
            return ApiProblems.From(found.Problems, "Patient not available");
        }

        AdviceOutcome outcome = await guidance.AdviseAsync(new AdviceRequest(stored.Patient, day), cancellationToken);
        return outcome.Advice is { } advice
            ? TypedResults.Json(advice, LamTrackJson.Options)
            : ApiProblems.From(outcome.Problems, "No guidance for this record");
    }

    private static async Task<IResult> ProposeAsync(string id, HttpRequest request, PatientRecordService records, DoseProposalService proposals,
        CancellationToken cancellationToken)
    {
        (JsonNode? node, IResult? refusal) = await JsonBody.ReadAsync(request, 64 * 1024, cancellationToken);
        if (refusal is not null)
        {
            return refusal;
        }

        (DoseProposalBody? body, IResult? shape) = DoseProposalBody.From(node!.AsObject());
        if (shape is not null)
        {
            return shape;
        }

        PatientFound found = await records.FindAsync(new FindPatientRequest(null, id), cancellationToken);
        if (found.Patient is not { } stored)
        {
            return ApiProblems.From(found.Problems, "Patient not available");
        }

        var proposal = new ProposeDoseRequest(stored.Patient, body!.Target ?? "5-15") { DecisionDate = body.DecisionDate, AssumedAgents = body.AssumedAgents };
        DoseProposalOutcome outcome = await proposals.ProposeAsync(proposal, cancellationToken);
        return outcome.Succeeded
            ? TypedResults.Json(outcome.Report, LamTrackJson.Options)
            : ApiProblems.From(outcome.Problems, "No dose proposal");
    }
}
