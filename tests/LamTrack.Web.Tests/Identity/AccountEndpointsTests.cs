using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using LamTrack.Web.Identity;
using LamTrack.Web.Tests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace LamTrack.Web.Tests.Identity;

public sealed class AccountEndpointsTests(WebHostFixture host) : IClassFixture<WebHostFixture>
{
    [Fact]
    public async Task Login_RightPassword_ReturnsBearerToken()
    {
        string email = await host.EnsureUserAsync(Roles.Clinician);
        using HttpClient client = host.Anonymous();
        using HttpResponseMessage response = await client.PostAsJsonAsync("/api/auth/login", new { email, password = WebHostFixture.Password });
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using JsonDocument body = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.Equal("Bearer", body.RootElement.GetProperty("tokenType").GetString());
        Assert.False(string.IsNullOrEmpty(body.RootElement.GetProperty("accessToken").GetString()));
    }

    [Fact]
    public async Task Login_WrongPassword_Returns401ProblemWithCode()
    {
        string email = await host.EnsureUserAsync(Roles.Pharmacist);
        using HttpClient client = host.Anonymous();
        using HttpResponseMessage response = await client.PostAsJsonAsync("/api/auth/login", new { email, password = "not-the-password" });
        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains("WEB-AUTH-001", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Login_FiveWrongPasswords_LocksTheAccountEvenForTheRightOne()
    {
        string email = await host.EnsureUserAsync(Roles.Researcher, "lockout@test.example");
        using HttpClient client = host.Anonymous();
        for (int attempt = 0; attempt < 5; attempt++)
        {
            using HttpResponseMessage wrong = await client.PostAsJsonAsync("/api/auth/login", new { email, password = "wrong-password-" + attempt });
            Assert.Equal(HttpStatusCode.Unauthorized, wrong.StatusCode);
        }

        using HttpResponseMessage right = await client.PostAsJsonAsync("/api/auth/login", new { email, password = WebHostFixture.Password });
        Assert.Equal(HttpStatusCode.Unauthorized, right.StatusCode);
        Assert.Contains("WEB-AUTH-002", await right.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Login_DisabledAccount_IsRefused()
    {
        string email = await host.EnsureUserAsync(Roles.Clinician, "leaver@test.example");
        await using (AsyncServiceScope scope = host.Services.CreateAsyncScope())
        {
            Assert.True((await scope.ServiceProvider.GetRequiredService<UserAdministration>().DisableAsync(email)).Succeeded);
        }

        using HttpClient client = host.Anonymous();
        using HttpResponseMessage response = await client.PostAsJsonAsync("/api/auth/login", new { email, password = WebHostFixture.Password });
        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task PatientsPage_Anonymous_RedirectsToSignIn()
    {
        using HttpClient client = host.Anonymous();
        using HttpResponseMessage response = await client.GetAsync(new Uri("/patients", UriKind.Relative));
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("/account/login", response.Headers.Location!.PathAndQuery, StringComparison.Ordinal);
    }
}
