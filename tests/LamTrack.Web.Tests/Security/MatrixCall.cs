namespace LamTrack.Web.Tests.Security;

/// <summary>One call of the matrix: who called which endpoint at which path, and what came back.</summary>
/// <param name="Endpoint">The endpoint called.</param>
/// <param name="Path">The path and query sent.</param>
/// <param name="Caller">Anonymous or a role.</param>
/// <param name="Status">The response's status code.</param>
/// <param name="Location">The path a redirect points to, without its query; null when the response is not a redirect.</param>
/// <param name="Headers">The response's headers (content headers included), by name.</param>
/// <param name="Excerpt">The first characters of a refusal's body (status 400 and above), to say why in a failure message.</param>
public sealed record MatrixCall(MatrixEndpoint Endpoint, string Path, string Caller, int Status, string? Location, IReadOnlyDictionary<string, string> Headers, string Excerpt)
{
    /// <summary>The call's outcome written as a cell of the table: the status, and for a redirect the path it points to.</summary>
    public string Cell => Location is null ? Status.ToString(System.Globalization.CultureInfo.InvariantCulture) : $"{Status} {Location}";
}
