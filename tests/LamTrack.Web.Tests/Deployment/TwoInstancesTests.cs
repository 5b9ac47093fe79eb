using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using LamTrack.Testing;
using LamTrack.Web.Identity;
using LamTrack.Web.Tests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace LamTrack.Web.Tests.Deployment;

public sealed class TwoInstancesTests
{
    public static TheoryData<string> Providers() => SharedDatabase.Providers();

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task TwoInstances_OneDatabase_ShareWritesAndCookies(string provider)
    {
        await using SharedDatabase database = await SharedDatabase.CreateAsync(provider);
        using var first = new KestrelInstance(database.Connection);
        using var second = new KestrelInstance(database.Connection);
        Assert.NotEqual(first.Address, second.Address);
        Assert.True(first.Address.IsLoopback);
        await using (AsyncServiceScope scope = first.Services.CreateAsyncScope())
        {
            await scope.ServiceProvider.GetRequiredService<UserAdministration>().AddAsync("shared@test.example", Roles.Clinician, WebHostFixture.Password);
        }

        using HttpClient one = first.Client();
        using HttpResponseMessage login = await one.PostAsJsonAsync("/api/auth/login?useCookies=true", new { email = "shared@test.example", password = WebHostFixture.Password });
        Assert.Equal(HttpStatusCode.OK, login.StatusCode);
        string cookie = login.Headers.GetValues("Set-Cookie").First(c => c.StartsWith("LamTrack.Auth=", StringComparison.Ordinal)).Split(';')[0];

        JsonObject patient = CaseSeriesData.Json(5);
        patient["id"] = "shared-" + provider;
        using var create = new HttpRequestMessage(HttpMethod.Post, "/api/patients") { Content = ApiCalls.Json(patient) };
        create.Headers.Add("Cookie", cookie);
        using HttpResponseMessage created = await one.SendAsync(create);
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);

        using HttpClient two = second.Client();
        using var read = new HttpRequestMessage(HttpMethod.Get, $"/api/patients/shared-{provider}");
        read.Headers.Add("Cookie", cookie);
        using HttpResponseMessage found = await two.SendAsync(read);
        Assert.Equal(HttpStatusCode.OK, found.StatusCode);
        Assert.Equal("\"1\"", found.Headers.ETag!.Tag);

        using var forged = new HttpRequestMessage(HttpMethod.Get, $"/api/patients/shared-{provider}");
        forged.Headers.Add("Cookie", "LamTrack.Auth=" + new string('A', 200));
        using HttpResponseMessage refused = await two.SendAsync(forged);
        Assert.Equal(HttpStatusCode.Unauthorized, refused.StatusCode);
    }
}
