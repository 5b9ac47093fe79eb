using System.Net;
using System.Text;
using LamTrack.Web.Api;
using LamTrack.Web.Identity;
using LamTrack.Web.Tests.Support;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace LamTrack.Web.Tests.Api;

public sealed class InteropLimitTests(WebHostFixture host) : IClassFixture<WebHostFixture>
{
    [Fact]
    public async Task Import_BodyOverTheLimit_Returns413AndImportsNothing()
    {
        host.Services.GetRequiredService<IConfiguration>()[InteropEndpoints.ImportLimitKey] = "2000";
        HttpClient client = await host.ClientForAsync(Roles.Clinician);
        string body = "{\"resourceType\":\"Bundle\",\"type\":\"collection\",\"entry\":[]," + new string(' ', 4000) + "}";

        using HttpResponseMessage response = await client.PostAsync(new Uri("/api/import/fhir", UriKind.Relative), new StringContent(body, Encoding.UTF8, "application/fhir+json"));

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        Assert.Equal("WEB-API-002", (await ApiCalls.ProblemAsync(response)).GetProperty("code").GetString());
    }
}
