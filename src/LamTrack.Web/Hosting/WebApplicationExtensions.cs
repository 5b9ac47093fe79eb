using LamTrack.Web.Api;
using LamTrack.Web.Components;
using LamTrack.Web.Identity;
using LamTrack.Web.Security;

namespace LamTrack.Web.Hosting;

/// <summary>The request pipeline and the endpoints; <c>Program</c> calls only these.</summary>
public static class WebApplicationExtensions
{
    /// <summary>Error handling, security headers, authentication, the end of revoked sessions, authorization and antiforgery, in that order.</summary>
    public static WebApplication UseLamTrackWeb(this WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        app.UseExceptionHandler();
        app.UseStatusCodePages();
        app.UseLamTrackSecurityHeaders();
        app.UseAuthentication();
        app.UseLamTrackSessionRevocation();
        app.UseAuthorization();
        app.UseAntiforgery();
        return app;
    }

    /// <summary>Maps the pages, the account endpoints, <c>/health</c>, the API and the OpenAPI document.</summary>
    public static WebApplication MapLamTrackWeb(this WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        app.MapStaticAssets();
        // Blazor would add a second policy, "frame-ancestors 'self'", to interactive pages; every response already
        // carries SecurityHeaders.ContentSecurityPolicy with the stricter frame-ancestors 'none'.
        app.MapRazorComponents<App>().AddInteractiveServerRenderMode(o => o.ContentSecurityFrameAncestorsPolicy = null);
        app.MapLamTrackAccount();
        app.MapLamTrackHealth();
        app.MapLamTrackPatients();
        app.MapLamTrackPatientGuidance();
        app.MapLamTrackCohort();
        app.MapLamTrackInterop();
        app.MapOpenApi();
        return app;
    }

    /// <summary>Raises the thread pool's floor (<see cref="ThreadPoolFloor"/>), notes the collector's setting
    /// (<see cref="CollectorAdvice"/>), creates or updates the web tables and prints where the server listens and how to
    /// sign in.</summary>
    public static async Task PrepareLamTrackAsync(this WebApplication app, TextWriter output, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(app);
        ArgumentNullException.ThrowIfNull(output);
        if (ThreadPoolFloor.Apply(app.Configuration).Warning is { } warning)
        {
            await output.WriteLineAsync(warning);
        }

        if (CollectorAdvice.Note(GC.GetConfigurationVariables()) is { } note)
        {
            await output.WriteLineAsync(note);
        }

        await StoreSetup.PrepareAsync(app.Services, output, cancellationToken);
        await IdentityDatabase.MigrateAsync(app.Services, cancellationToken);
        await FirstRun.EnsureAdminAsync(app.Services, output);
        WebSettings settings = app.Services.GetRequiredService<WebSettings>();
        await output.WriteLineAsync(settings.IsDemo
            ? $"Demo data: the five published cases, in {settings.Store.Text}"
            : "Database: " + (settings.Store.IsPostgres ? "PostgreSQL" : settings.Store.Text));
        app.Lifetime.ApplicationStarted.Register(() =>
        {
            ICollection<string> addresses = app.Urls;
            output.WriteLine($"LamTrack is listening on {string.Join(", ", addresses)} (Ctrl+C stops it)");
        });
    }
}
