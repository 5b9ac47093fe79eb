namespace LamTrack.Web.Api;

/// <summary>Codes of the problems the web layer itself finds (<c>WEB-…</c>); permanent, never reused.</summary>
public static class WebProblemCodes
{
    /// <summary>The request body is not well-formed JSON; the location gives the line and the JSON path.</summary>
    public const string MalformedJson = "WEB-API-001";

    /// <summary>The request body is larger than the endpoint accepts.</summary>
    public const string BodyTooLarge = "WEB-API-002";

    /// <summary>An edit did not quote the version it is based on (<c>If-Match</c>).</summary>
    public const string VersionRequired = "WEB-API-003";

    /// <summary>The <c>If-Match</c> header is not a version this server issued.</summary>
    public const string VersionUnreadable = "WEB-API-004";

    /// <summary>The body is valid JSON but not the shape the endpoint takes.</summary>
    public const string WrongShape = "WEB-API-005";

    /// <summary>A pharmacist may record troughs and dose changes only.</summary>
    public const string EventTypeNotAllowed = "WEB-API-006";

    /// <summary>An upload whose media type is not one the endpoint reads (415).</summary>
    public const string UnsupportedMediaType = "WEB-API-007";

    /// <summary>An upload declared as gzip that does not decompress.</summary>
    public const string BadCompression = "WEB-API-008";
}
