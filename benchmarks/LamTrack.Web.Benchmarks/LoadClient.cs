using System.Net;
using System.Net.Http.Json;

namespace LamTrack.Web.Benchmarks;

/// <summary>The HTTP client of the load runs: one cookie (the bench clinician's session) over a pool of loopback connections.</summary>
internal static class LoadClient
{
    /// <summary>A client of <paramref name="settings"/>' server that opens up to <paramref name="connections"/> connections.</summary>
    public static HttpClient Create(LoadSettings settings, int connections, TimeSpan timeout) =>
        new(new SocketsHttpHandler
        {
            CookieContainer = new CookieContainer(), MaxConnectionsPerServer = connections, PooledConnectionLifetime = TimeSpan.FromMinutes(10),
            ConnectTimeout = TimeSpan.FromSeconds(5),
        })
        {
            BaseAddress = settings.BaseAddress,
            Timeout = timeout,
        };

    /// <summary>Signs the bench clinician in; the session cookie is kept by the client's cookie container.</summary>
    public static async Task SignInAsync(HttpClient client)
    {
        ArgumentNullException.ThrowIfNull(client);
        using HttpResponseMessage response = await client.PostAsJsonAsync(new Uri("/api/auth/login?useCookies=true", UriKind.Relative),
            new { email = LoadSettings.Email, password = LoadSettings.Password });
        response.EnsureSuccessStatusCode();
    }
}
