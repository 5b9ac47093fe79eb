using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;
using LamTrack.Web.Identity;
using LamTrack.Web.Tests.Support;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;

namespace LamTrack.Web.Tests.Security;

/// <summary>
/// One server on Kestrel over loopback (real sockets, real headers) with an account per role, the synthetic patients of
/// <see cref="SyntheticCohort"/> and a copy of case 5 (<see cref="TargetId"/>) that the matrix's routes name.
/// </summary>
public sealed class SecurityServer : IAsyncLifetime
{
    /// <summary>The caller without credentials, beside the four roles.</summary>
    public const string Anonymous = "anonymous";

    /// <summary>The patient every route parameter <c>{id}</c> names: case 5 of the series, under another id.</summary>
    public const string TargetId = "matrix-target";

    private readonly Dictionary<string, HttpClient> _bearer = [];
    private readonly Dictionary<string, HttpClient> _cookie = [];
    private Task<MatrixRun>? _matrix;
    private string? _bundle;

    /// <summary>The five callers in the matrix's column order.</summary>
    public static IReadOnlyList<string> Callers { get; } = [Anonymous, Roles.Researcher, Roles.Pharmacist, Roles.Clinician, Roles.Admin];

    /// <summary>The host (its services, its clients).</summary>
    public WebHostFixture Host { get; } = new();

    /// <summary>The id of the event of <see cref="TargetId"/> that the edit page's route names.</summary>
    public string TargetEventId { get; } = "c5-tr2";

    public async Task InitializeAsync()
    {
        Host.UseKestrel(options => options.Listen(IPAddress.Loopback, 0));
        Host.StartServer();
        // Kestrel was given a free port; the clients below need its address.
        Address = new Uri(Host.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First());
        foreach (string role in Roles.All)
        {
            string email = await Host.EnsureUserAsync(role);
            _bearer[role] = await BearerClientAsync(email);
            _cookie[role] = await SignedInBrowserAsync(email);
        }

        _bearer[Anonymous] = NewClient();
        _cookie[Anonymous] = NewClient();
        await ApiCalls.CreateCaseAsync(_bearer[Roles.Clinician], 5, TargetId);
        foreach (JsonObject patient in SyntheticCohort.Patients())
        {
            using HttpResponseMessage created = await _bearer[Roles.Clinician].PostAsync(new Uri("/api/patients", UriKind.Relative), ApiCalls.Json(patient));
            Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        }
    }

    /// <summary>A client that sends <paramref name="caller"/>'s bearer token (none for <see cref="Anonymous"/>).</summary>
    public HttpClient Bearer(string caller) => _bearer[caller];

    /// <summary>A client that holds <paramref name="caller"/>'s sign-in cookie, as a browser does (none for <see cref="Anonymous"/>).</summary>
    public HttpClient Browser(string caller) => _cookie[caller];

    /// <summary>The address the server listens on.</summary>
    public Uri Address { get; private set; } = null!;

    /// <summary>A new client over the loopback network that follows no redirect and keeps the cookies it is given, as a browser does.</summary>
    /// <remarks>Not the factory's <c>CreateClient</c>: over Kestrel its handler follows redirects whatever its options say,
    /// and the matrix must see them.</remarks>
    public HttpClient NewClient() =>
        new(new SocketsHttpHandler { AllowAutoRedirect = false, UseCookies = true, CookieContainer = new CookieContainer() }) { BaseAddress = Address };

    /// <summary>A new client signed in with a cookie as <paramref name="email"/>.</summary>
    public async Task<HttpClient> SignedInBrowserAsync(string email)
    {
        HttpClient client = NewClient();
        using HttpResponseMessage login = await client.PostAsJsonAsync("/api/auth/login?useCookies=true", new { email, password = WebHostFixture.Password });
        login.EnsureSuccessStatusCode();
        return client;
    }

    /// <summary>A new client that sends the bearer token of <paramref name="email"/> and keeps no cookie.</summary>
    public async Task<HttpClient> BearerClientAsync(string email)
    {
        HttpClient client = new(new SocketsHttpHandler { AllowAutoRedirect = false, UseCookies = false }) { BaseAddress = Address };
        using HttpResponseMessage login = await client.PostAsJsonAsync("/api/auth/login", new { email, password = WebHostFixture.Password });
        login.EnsureSuccessStatusCode();
        using JsonDocument token = JsonDocument.Parse(await login.Content.ReadAsStringAsync());
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token.RootElement.GetProperty("accessToken").GetString());
        return client;
    }

    /// <summary>A new account of <paramref name="role"/> under <paramref name="email"/>, for a test that spoils it (disables or locks it).</summary>
    public async Task<string> DisposableAccountAsync(string role, string email) => await Host.EnsureUserAsync(role, email);

    /// <summary>A scope of the host's services (the account service, for one), which the caller disposes.</summary>
    public AsyncServiceScope Scope() => Host.Services.CreateAsyncScope();

    /// <summary>Every stored patient as one FHIR collection Bundle, exported once by the clinician.</summary>
    public async Task<string> ExportedBundleAsync() =>
        _bundle ??= await Bearer(Roles.Clinician).GetStringAsync(new Uri("/api/export/fhir?format=bundle", UriKind.Relative));

    /// <summary>The authorization matrix, run once for every test that reads it.</summary>
    public Task<MatrixRun> MatrixAsync() => _matrix ??= MatrixRun.RunAsync(this);

    public async Task DisposeAsync()
    {
        foreach (HttpClient client in _bearer.Values.Concat(_cookie.Values))
        {
            client.Dispose();
        }

        await Host.DisposeAsync();
    }
}
