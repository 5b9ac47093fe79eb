using System.Text;
using LamTrack.Web.Identity;
using LamTrack.Web.Security;

namespace LamTrack.Web.Tests.Security;

/// <summary>The security headers (docs/web.md, "Security headers"; OWASP ASVS 5.0, V3.4 Browser Security Mechanism
/// Headers) on every response: every call of the authorization matrix, static files and error answers included.</summary>
[Collection(SecurityServerGroup.Name)]
public sealed class SecurityHeadersTests(SecurityServer server)
{
    [Theory]
    [InlineData("/health")]
    [InlineData("/account/login")]
    public async Task Response_AnyPage_CarriesTheSecurityHeaders(string path)
    {
        using HttpClient client = server.NewClient();
        using HttpResponseMessage response = await client.GetAsync(new Uri(path, UriKind.Relative));
        string csp = string.Join(' ', response.Headers.GetValues("Content-Security-Policy"));
        Assert.Contains("frame-ancestors 'none'", csp, StringComparison.Ordinal);
        Assert.Contains("script-src 'self';", csp, StringComparison.Ordinal);
        Assert.DoesNotContain("script-src 'self' 'unsafe-inline'", csp, StringComparison.Ordinal);
        Assert.Equal("nosniff", Assert.Single(response.Headers.GetValues("X-Content-Type-Options")));
        Assert.Equal("no-referrer", Assert.Single(response.Headers.GetValues("Referrer-Policy")));
    }

    [Fact]
    public async Task Response_EveryCallOfTheMatrix_CarriesTheSecurityHeaders()
    {
        MatrixRun run = await server.MatrixAsync();
        string[] missing = [.. run.Calls.SelectMany(c => Missing(c.Headers).Select(h => $"{c.Endpoint.Method} {c.Path} as {c.Caller} ({c.Status}): {h}"))];
        Assert.True(missing.Length == 0, string.Join("\n", missing));
        Assert.Contains(run.Calls, c => c.Endpoint.StaticAsset);
    }

    [Theory]
    [InlineData("GET", "/no-such-page", null)] // 404 from routing
    [InlineData("GET", "/api/no-such-resource", null)] // 404 under the API
    [InlineData("DELETE", "/api/patients/", null)] // 405
    [InlineData("GET", "/api/patients/?limit=many", null)] // 400 from parameter binding
    [InlineData("GET", "/api/patients/?asOf=2017-02-30", null)] // 400 from the handler
    [InlineData("POST", "/api/patients/", "{\"id\": ")] // 400, malformed JSON
    [InlineData("POST", "/api/patients/matrix-target/dose-proposal", "{\"target\": 7}")] // 400, wrong shape
    [InlineData("GET", "/api/patients/nobody", null)] // 404 problem details
    [InlineData("GET", "/patients/nobody/events/no-event/edit", null)] // a page for a missing record
    public async Task Response_ErrorAnswer_CarriesTheSecurityHeaders(string method, string path, string? body)
    {
        using var request = new HttpRequestMessage(new HttpMethod(method), new Uri(path, UriKind.Relative));
        if (body is not null)
        {
            request.Content = new StringContent(body, Encoding.UTF8, "application/json");
        }

        using HttpResponseMessage response = await server.Bearer(Roles.Clinician).SendAsync(request);
        Assert.True((int)response.StatusCode >= 400 || path.StartsWith("/patients", StringComparison.Ordinal), $"{path}: {response.StatusCode}");
        Dictionary<string, string> headers = response.Headers.ToDictionary(h => h.Key, h => string.Join(", ", h.Value), StringComparer.OrdinalIgnoreCase);
        Assert.Empty(Missing(headers));
    }

    [Fact]
    public async Task Response_BodyOverTheLimit_CarriesTheSecurityHeaders()
    {
        using var content = new StringContent("{\"id\": \"" + new string('x', 2 * 1024 * 1024) + "\"}", Encoding.UTF8, "application/json");
        using HttpResponseMessage response = await server.Bearer(Roles.Clinician).PostAsync(new Uri("/api/patients/", UriKind.Relative), content);
        Assert.Equal(413, (int)response.StatusCode);
        Assert.Empty(Missing(response.Headers.ToDictionary(h => h.Key, h => string.Join(", ", h.Value), StringComparer.OrdinalIgnoreCase)));
    }

    private static IEnumerable<string> Missing(IReadOnlyDictionary<string, string> headers)
    {
        (string Name, string Value)[] expected =
        [
            ("Content-Security-Policy", SecurityHeaders.ContentSecurityPolicy),
            ("X-Content-Type-Options", "nosniff"),
            ("X-Frame-Options", "DENY"),
            ("Referrer-Policy", "no-referrer"),
        ];
        return expected.Where(h => !headers.TryGetValue(h.Name, out string? value) || value != h.Value).Select(h => h.Name);
    }
}
