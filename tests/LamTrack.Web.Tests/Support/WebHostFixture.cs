using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using LamTrack.Web.Hosting;
using LamTrack.Web.Identity;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace LamTrack.Web.Tests.Support;

/// <summary>The web host in process over a fresh SQLite database in a temporary folder.</summary>
public sealed class WebHostFixture : WebApplicationFactory<Program>
{
    /// <summary>The password every test account gets.</summary>
    public const string Password = "correct-horse-battery";

    private readonly string _folder = Directory.CreateTempSubdirectory("lamtrack-web-").FullName;

    /// <summary>The SQLite file the host uses.</summary>
    public string DatabasePath => Path.Combine(_folder, "web.db");

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseSetting(StoreConnection.ConfigurationKey, DatabasePath);
        builder.UseEnvironment("Testing");
    }

    /// <summary>Creates an account with <paramref name="role"/> (once per email) and returns its email.</summary>
    public async Task<string> EnsureUserAsync(string role, string? email = null)
    {
        email ??= $"{role}@test.example";
        await using AsyncServiceScope scope = Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserAdministration>();
        if ((await users.ListAsync()).All(u => u.Email != email))
        {
            UserCommandResult result = await users.AddAsync(email, role, Password);
            Assert.True(result.Succeeded, string.Join("; ", result.Errors));
        }

        return email;
    }

    /// <summary>The account id of the test account of <paramref name="role"/>.</summary>
    public async Task<string?> UserIdAsync(string role)
    {
        await using AsyncServiceScope scope = Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserAdministration>();
        return (await users.ListAsync()).FirstOrDefault(u => u.Email == $"{role}@test.example")?.Id;
    }

    /// <summary>A client that sends a bearer token of a <paramref name="role"/> account.</summary>
    public async Task<HttpClient> ClientForAsync(string role)
    {
        string email = await EnsureUserAsync(role);
        HttpClient client = CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        using HttpResponseMessage login = await client.PostAsJsonAsync("/api/auth/login", new { email, password = Password });
        login.EnsureSuccessStatusCode();
        using JsonDocument token = JsonDocument.Parse(await login.Content.ReadAsStringAsync());
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token.RootElement.GetProperty("accessToken").GetString());
        return client;
    }

    /// <summary>A client with no credentials that does not follow redirects.</summary>
    public HttpClient Anonymous() => CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        try
        {
            Directory.Delete(_folder, recursive: true);
        }
        catch (IOException)
        {
            // A file still held open on this platform is left for the temporary folder's own cleaning.
        }
    }
}
