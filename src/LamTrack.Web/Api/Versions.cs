using System.Globalization;
using Microsoft.Net.Http.Headers;

namespace LamTrack.Web.Api;

/// <summary>A stored patient's version as an HTTP entity tag: <c>"7"</c> for version 7.</summary>
public static class Versions
{
    /// <summary>The entity tag of <paramref name="version"/>.</summary>
    public static string ToETag(int version) => $"\"{version.ToString(CultureInfo.InvariantCulture)}\"";

    /// <summary>The version an <c>If-Match</c> header quotes, or the problem response: 428 when absent, 400 when unreadable.</summary>
    public static (int? Version, IResult? Refusal) FromIfMatch(HttpRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        string? header = request.Headers.IfMatch;
        if (string.IsNullOrWhiteSpace(header))
        {
            return (null, ApiProblems.Of(StatusCodes.Status428PreconditionRequired, WebProblemCodes.VersionRequired, "Version required",
                "Send If-Match with the ETag of the patient as read (GET /api/patients/{id}), so a newer edit is never overwritten."));
        }

        if (EntityTagHeaderValue.TryParse(header, out EntityTagHeaderValue? tag) && !tag.IsWeak
            && int.TryParse(tag.Tag.AsSpan().Trim('"'), NumberStyles.None, CultureInfo.InvariantCulture, out int version))
        {
            return (version, null);
        }

        return (null, ApiProblems.Of(StatusCodes.Status400BadRequest, WebProblemCodes.VersionUnreadable, "Unreadable version",
            $"If-Match '{header}' is not an ETag this server issued."));
    }
}
