using System.Net;
using LamTrack.Web.Identity;
using Microsoft.Extensions.DependencyInjection;

namespace LamTrack.Web.Tests.Security;

/// <summary>A session, cookie or bearer token, ends at the first request after its account is disabled
/// (OWASP ASVS 5.0, V7.4 Session Termination).</summary>
[Collection(SecurityServerGroup.Name)]
public sealed class DisabledAccountTests(SecurityServer server)
{
    [Fact]
    public async Task BearerToken_AccountDisabled_IsRefusedAtTheNextRequest()
    {
        string email = await server.DisposableAccountAsync(Roles.Clinician, "leaver-bearer@test.example");
        using HttpClient client = await server.BearerClientAsync(email);
        Assert.Equal(HttpStatusCode.OK, await StatusAsync(client, "/api/patients/"));
        await DisableAsync(email);
        Assert.Equal(HttpStatusCode.Unauthorized, await StatusAsync(client, "/api/patients/"));
        Assert.Equal(HttpStatusCode.Unauthorized, await StatusAsync(client, $"/api/patients/{SecurityServer.TargetId}"));
    }

    [Fact]
    public async Task Cookie_AccountDisabled_IsRefusedAtTheNextRequest()
    {
        string email = await server.DisposableAccountAsync(Roles.Clinician, "leaver-cookie@test.example");
        using HttpClient browser = await server.SignedInBrowserAsync(email);
        Assert.Equal(HttpStatusCode.OK, await StatusAsync(browser, "/patients"));
        await DisableAsync(email);
        using HttpResponseMessage page = await browser.GetAsync(new Uri("/patients", UriKind.Relative));
        Assert.Equal(HttpStatusCode.Redirect, page.StatusCode);
        Assert.StartsWith(IdentityRegistration.LoginPath, page.Headers.Location!.AbsolutePath, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Unauthorized, await StatusAsync(browser, "/api/patients/"));
    }

    [Fact]
    public async Task Session_OtherAccountDisabled_StillWorks()
    {
        string leaver = await server.DisposableAccountAsync(Roles.Pharmacist, "leaver-other@test.example");
        string stayer = await server.DisposableAccountAsync(Roles.Pharmacist, "stayer@test.example");
        using HttpClient client = await server.BearerClientAsync(stayer);
        await DisableAsync(leaver);
        Assert.Equal(HttpStatusCode.OK, await StatusAsync(client, "/api/patients/"));
    }

    private static async Task<HttpStatusCode> StatusAsync(HttpClient client, string path)
    {
        using HttpResponseMessage response = await client.GetAsync(new Uri(path, UriKind.Relative));
        return response.StatusCode;
    }

    private async Task DisableAsync(string email)
    {
        await using AsyncServiceScope scope = server.Scope();
        Assert.True((await scope.ServiceProvider.GetRequiredService<UserAdministration>().DisableAsync(email)).Succeeded);
    }
}
