using LamTrack.Web.Identity;

namespace LamTrack.Web.Hosting;

/// <summary><c>GET /health</c>: 200 when the database answers, 503 when it does not; no authentication.</summary>
public static class HealthEndpoints
{
    /// <summary>Maps <c>/health</c>.</summary>
    public static IEndpointRouteBuilder MapLamTrackHealth(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet("/health", CheckAsync).AllowAnonymous().WithTags("Health");
        return endpoints;
    }

    private static async Task<IResult> CheckAsync(LamTrackIdentityDbContext database, CancellationToken cancellationToken)
    {
        bool answers = await database.Database.CanConnectAsync(cancellationToken);
        return answers
            ? TypedResults.Ok(new HealthReport("healthy"))
            : TypedResults.Problem("The database does not answer.", statusCode: StatusCodes.Status503ServiceUnavailable, title: "Unhealthy");
    }
}
