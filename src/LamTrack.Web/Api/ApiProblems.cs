using LamTrack.Application.Problems;

namespace LamTrack.Web.Api;

/// <summary>Turns the application's coded problems into RFC 9457 problem details with a fitting status.</summary>
/// <remarks>
/// The body carries <c>code</c> (the first problem's) and <c>problems</c>: every problem with its code, message and
/// location (file, line, record, field, JSON pointer), so a client can put each message next to its field.
/// </remarks>
public static class ApiProblems
{
    /// <summary>The store's code for an edit based on a version that is no longer the stored one.</summary>
    public const string VersionConflict = "STORE-001";

    /// <summary>A problem response for <paramref name="problems"/> (at least one).</summary>
    public static IResult From(IReadOnlyList<Problem> problems, string title)
    {
        ArgumentNullException.ThrowIfNull(problems);
        Problem first = problems[0];
        return TypedResults.Problem(
            detail: first.Message,
            statusCode: StatusFor(first.Code),
            title: title,
            extensions: new Dictionary<string, object?>
            {
                ["code"] = first.Code,
                ["problems"] = problems.Select(Describe).ToArray(),
            });
    }

    /// <summary>A problem response for one web-layer problem (<c>WEB-…</c>).</summary>
    public static IResult Of(int status, string code, string title, string detail, string? jsonPointer = null) =>
        TypedResults.Problem(detail, statusCode: status, title: title, extensions: new Dictionary<string, object?>
        {
            ["code"] = code,
            ["problems"] = new[] { new ProblemDescription(code, detail, jsonPointer is null ? null : new ProblemPlace(null, null, null, null, jsonPointer)) },
        });

    /// <summary>404 for an unknown patient, 409 for an id already stored, 412 for a stale version, 503 for a store that cannot be opened, else 400.</summary>
    public static int StatusFor(string code) => code switch
    {
        ApplicationProblemCodes.PatientNotFound or "STORE-002" => StatusCodes.Status404NotFound,
        "STORE-003" => StatusCodes.Status409Conflict,
        VersionConflict => StatusCodes.Status412PreconditionFailed,
        "STORE-005" or "STORE-008" => StatusCodes.Status503ServiceUnavailable,
        ApplicationProblemCodes.Unexpected => StatusCodes.Status500InternalServerError,
        _ => StatusCodes.Status400BadRequest,
    };

    /// <summary>One problem as the problem details list it.</summary>
    internal static ProblemDescription Describe(Problem problem) =>
        new(problem.Code, problem.Message, problem.Location is { } l ? new ProblemPlace(l.File, l.Line, l.Record, l.Field, l.JsonPointer) : null);
}
