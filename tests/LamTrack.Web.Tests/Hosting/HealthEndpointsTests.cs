using System.Net;
using LamTrack.Web.Tests.Support;

namespace LamTrack.Web.Tests.Hosting;

public sealed class HealthEndpointsTests(WebHostFixture host) : IClassFixture<WebHostFixture>
{
    [Fact]
    public async Task Health_NoCredentials_Returns200()
    {
        using HttpClient client = host.Anonymous();
        using HttpResponseMessage response = await client.GetAsync(new Uri("/health", UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("healthy", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task OpenApi_Document_ListsTheLoginEndpoint()
    {
        using HttpClient client = host.Anonymous();
        string document = await client.GetStringAsync(new Uri("/openapi/v1.json", UriKind.Relative));
        Assert.Contains("/api/auth/login", document, StringComparison.Ordinal);
    }
}
