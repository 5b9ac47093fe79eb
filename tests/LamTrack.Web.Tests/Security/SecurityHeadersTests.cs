using LamTrack.Web.Tests.Support;

namespace LamTrack.Web.Tests.Security;

public sealed class SecurityHeadersTests(WebHostFixture host) : IClassFixture<WebHostFixture>
{
    [Theory]
    [InlineData("/health")]
    [InlineData("/account/login")]
    public async Task Response_AnyPage_CarriesTheSecurityHeaders(string path)
    {
        using HttpClient client = host.Anonymous();
        using HttpResponseMessage response = await client.GetAsync(new Uri(path, UriKind.Relative));
        string csp = string.Join(' ', response.Headers.GetValues("Content-Security-Policy"));
        Assert.Contains("frame-ancestors 'none'", csp, StringComparison.Ordinal);
        Assert.Contains("script-src 'self';", csp, StringComparison.Ordinal);
        Assert.DoesNotContain("script-src 'self' 'unsafe-inline'", csp, StringComparison.Ordinal);
        Assert.Equal("nosniff", Assert.Single(response.Headers.GetValues("X-Content-Type-Options")));
        Assert.Equal("no-referrer", Assert.Single(response.Headers.GetValues("Referrer-Policy")));
    }
}
