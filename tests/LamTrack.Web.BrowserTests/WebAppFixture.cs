using System.Net;
using System.Net.Sockets;
using LamTrack.Testing;
using LamTrack.Web.Identity;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using NodaTime;
using NodaTime.Testing;

namespace LamTrack.Web.BrowserTests;

/// <summary>
/// The web app on a free loopback port against a fresh temporary SQLite store seeded with the case series, with one
/// account per role, and Debian's chromium driven by Playwright.
/// </summary>
public sealed class WebAppFixture : IAsyncLifetime
{
    /// <summary>The password of every test account (12 characters or more, as the host requires).</summary>
    public const string Password = "browser-test-Password-1";

    /// <summary>The fixed "now" of the app under test.</summary>
    public static readonly Instant Now = Instant.FromUtc(2018, 3, 1, 9, 0);

    private static readonly string[] s_chromiumArgs =
    [
        "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
        "--disable-sync", "--no-first-run",
    ];

    private readonly string _folder = Directory.CreateTempSubdirectory("lamtrack-browser-").FullName;
    private WebApplicationFactory<Program>? _factory;
    private IPlaywright? _playwright;

    /// <summary>The app's address, "http://127.0.0.1:PORT/".</summary>
    public Uri BaseAddress { get; private set; } = new("http://127.0.0.1/");

    /// <summary>The path of the temporary SQLite store.</summary>
    public string StorePath => Path.Combine(_folder, "lamtrack.db");

    /// <summary>The running browser.</summary>
    public IBrowser Browser { get; private set; } = default!;

    /// <summary>The app's services, to check what it stored.</summary>
    public IServiceProvider Services => _factory!.Services;

    /// <summary>Where screenshots go: $LAMTRACK_SCREENSHOTS, or artifacts/browser-tests under the repository root.</summary>
    public static string ScreenshotFolder =>
        Environment.GetEnvironmentVariable("LAMTRACK_SCREENSHOTS") is { Length: > 0 } folder
            ? folder
            : Path.Combine(CaseSeriesData.RepositoryRoot, "artifacts", "browser-tests");

    /// <summary>A second clinician's account, for two people working on one record.</summary>
    public const string SecondClinicianEmail = "clinician.two@browser-test.local";

    /// <summary>The test account of a role.</summary>
    public static string Email(string role) => role + "@browser-test.local";

    /// <inheritdoc />
    public async Task InitializeAsync()
    {
        Assertions.SetDefaultExpectTimeout(20_000);
        int port = FreeLoopbackPort();
        BaseAddress = new Uri($"http://127.0.0.1:{port}/");
        // The host reads its address before the factory's settings apply, so the address goes in as the environment would give it.
        Environment.SetEnvironmentVariable("ASPNETCORE_URLS", BaseAddress.ToString().TrimEnd('/'));
        _factory = new WebApplicationFactory<Program>().WithWebHostBuilder(ConfigureHost);
        _factory.UseKestrel();
        _factory.StartServer();
        await TestData.CreateStoreAsync(StorePath);
        await IdentityDatabase.MigrateAsync(Services, CancellationToken.None);
        await TestData.SeedAsync(Services, CaseSeriesData.Folder);
        await CreateAccountsAsync();
        Environment.SetEnvironmentVariable("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1");
        _playwright = await Playwright.CreateAsync();
        Browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = Environment.GetEnvironmentVariable("LAMTRACK_CHROMIUM") ?? "/usr/bin/chromium",
            Args = s_chromiumArgs,
            Headless = true,
        });
        Directory.CreateDirectory(ScreenshotFolder);
    }

    /// <inheritdoc />
    public async Task DisposeAsync()
    {
        if (Browser is not null)
        {
            await Browser.DisposeAsync();
        }

        _playwright?.Dispose();
        if (_factory is not null)
        {
            await _factory.DisposeAsync();
        }

        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(_folder, recursive: true);
    }

    /// <summary>A new browser page, in a browser context of its own, signed in as the test account of <paramref name="role"/>.</summary>
    public Task<IPage> SignedInPageAsync(string role) => SignedInPageAsAsync(Email(role));

    /// <summary>A new browser page, in a browser context of its own (its own cookies), signed in as <paramref name="email"/>.</summary>
    public async Task<IPage> SignedInPageAsAsync(string email)
    {
        IBrowserContext context = await Browser.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = BaseAddress.ToString(),
            ViewportSize = new ViewportSize { Width = 1280, Height = 900 },
        });
        // The machines these run on are shared and often loaded; a cold first page can take longer than Playwright's 30 s.
        context.SetDefaultTimeout(90_000);
        IPage page = await context.NewPageAsync();
        await SignInAsync(page, email);
        return page;
    }

    /// <summary>Signs in through the sign-in page.</summary>
    public static async Task SignInAsync(IPage page, string email)
    {
        ArgumentNullException.ThrowIfNull(page);
        await page.GotoAsync("account/login");
        await page.GetByLabel("Email").FillAsync(email);
        await page.GetByLabel("Password").FillAsync(Password);
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync();
        await page.WaitForURLAsync(url => !url.Contains("account/login", StringComparison.Ordinal));
    }

    /// <summary>Waits until an interactive page's circuit has rendered it (before that, input goes to the prerendered HTML).</summary>
    public static Task WaitForInteractiveAsync(IPage page) =>
        page!.Locator("[data-interactive-ready]").WaitForAsync(new LocatorWaitForOptions { State = WaitForSelectorState.Attached, Timeout = 60_000 });

    /// <summary>Saves a full-page screenshot as <paramref name="name"/>.png in <see cref="ScreenshotFolder"/>.</summary>
    public static async Task<string> ScreenshotAsync(IPage page, string name)
    {
        ArgumentNullException.ThrowIfNull(page);
        string path = Path.Combine(ScreenshotFolder, name + ".png");
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = path, FullPage = true });
        return path;
    }

    private void ConfigureHost(IWebHostBuilder builder)
    {
        builder.UseSetting("LamTrack:Storage:Connection", StorePath);
        builder.UseSetting("LamTrack:Storage:DefaultDatabase", StorePath);
        builder.UseSetting("LamTrack:Web:FirstAdminEmail", Email(Roles.Admin));
        builder.UseEnvironment("Development");
        builder.ConfigureServices(services => services.AddSingleton<NodaTime.IClock>(new FakeClock(Now)));
    }

    private async Task CreateAccountsAsync()
    {
        await using AsyncServiceScope scope = Services.CreateAsyncScope();
        UserAdministration users = scope.ServiceProvider.GetRequiredService<UserAdministration>();
        foreach ((string email, string role) in new[] { Roles.Clinician, Roles.Pharmacist, Roles.Researcher }.Select(r => (Email(r), r))
            .Append((SecondClinicianEmail, Roles.Clinician)))
        {
            UserCommandResult created = await users.AddAsync(email, role, Password);
            Assert.True(created.Succeeded, string.Join("; ", created.Errors));
        }
    }

    private static int FreeLoopbackPort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
