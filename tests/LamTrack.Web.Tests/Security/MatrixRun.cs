using System.Text;

namespace LamTrack.Web.Tests.Security;

/// <summary>Every endpoint of the application called by every caller, once; the matrix and header tests read it.</summary>
public sealed class MatrixRun
{
    private MatrixRun(IReadOnlyList<MatrixEndpoint> endpoints, IReadOnlyList<MatrixCall> calls)
    {
        Endpoints = endpoints;
        Calls = calls;
    }

    /// <summary>The endpoints from the application's metadata.</summary>
    public IReadOnlyList<MatrixEndpoint> Endpoints { get; }

    /// <summary>Every call made, caller by caller within each endpoint.</summary>
    public IReadOnlyList<MatrixCall> Calls { get; }

    /// <summary>Calls every endpoint of <paramref name="server"/> as each of <see cref="SecurityServer.Callers"/>.</summary>
    public static async Task<MatrixRun> RunAsync(SecurityServer server)
    {
        IReadOnlyList<MatrixEndpoint> endpoints = MatrixEndpoint.All(server.Host.Services);
        var calls = new List<MatrixCall>();
        foreach (MatrixEndpoint endpoint in endpoints)
        {
            foreach (string caller in SecurityServer.Callers)
            {
                calls.Add(await CallAsync(server, endpoint, caller));
            }
        }

        return new MatrixRun(endpoints, calls);
    }

    /// <summary>The observed outcomes as markdown rows in the table's layout, one per row key.</summary>
    public string ObservedTable()
    {
        var text = new StringBuilder();
        foreach (IGrouping<string, MatrixCall> row in Calls.GroupBy(c => c.Endpoint.Key))
        {
            string[] cells = [.. SecurityServer.Callers.Select(caller => string.Join(" / ", row.Where(c => c.Caller == caller).Select(c => c.Cell).Distinct()))];
            MatrixEndpoint first = row.First().Endpoint;
            text.AppendLine($"| {first.Method} | `{(first.StaticAsset ? "(static asset)" : first.Route)}` | {string.Join(" | ", cells)} | |");
        }

        return text.ToString();
    }

    private static async Task<MatrixCall> CallAsync(SecurityServer server, MatrixEndpoint endpoint, string caller)
    {
        HttpClient client = endpoint.Route.StartsWith("/api", StringComparison.Ordinal) ? server.Bearer(caller) : server.Browser(caller);
        using HttpRequestMessage request = await MatrixRequests.BuildAsync(endpoint, caller, server);
        using HttpResponseMessage response = await client.SendAsync(request);
        string? location = response.Headers.Location is { } to ? (to.IsAbsoluteUri ? to.AbsolutePath : to.OriginalString.Split('?')[0]) : null;
        Dictionary<string, string> headers = response.Headers.Concat(response.Content.Headers)
            .ToDictionary(h => h.Key, h => string.Join(", ", h.Value), StringComparer.OrdinalIgnoreCase);
        string excerpt = (int)response.StatusCode >= 400 ? await response.Content.ReadAsStringAsync() : "";
        return new MatrixCall(endpoint, request.RequestUri!.OriginalString, caller, (int)response.StatusCode, location, headers, excerpt[..Math.Min(excerpt.Length, 300)]);
    }
}
