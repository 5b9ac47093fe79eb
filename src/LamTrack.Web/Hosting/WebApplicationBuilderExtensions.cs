using LamTrack.Hosting;
using LamTrack.Hosting.Storage;
using LamTrack.Web.Identity;

namespace LamTrack.Web.Hosting;

/// <summary>Registers everything the web host needs; <c>Program</c> calls only this.</summary>
public static class WebApplicationBuilderExtensions
{
    /// <summary>Adds the store, Identity, Razor components, the API, OpenAPI and problem details.</summary>
    public static WebApplicationBuilder AddLamTrackWeb(this WebApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        if (string.IsNullOrEmpty(builder.Configuration[WebHostDefaults.ServerUrlsKey]))
        {
            builder.WebHost.UseUrls(WebSettings.DefaultUrl);
        }

        // Settings are read when first needed, not here: a test host adds its configuration after this method runs.
        builder.Services.AddSingleton(services => new WebSettings(StoreConnection.From(services.GetRequiredService<IConfiguration>())));
        builder.Services.AddLamTrack(builder.Configuration);
        builder.Services.AddOptions<StorageOptions>().PostConfigure<WebSettings>((options, settings) => options.DefaultDatabase = settings.Store.Text);
        builder.Services.AddLamTrackIdentity();
        builder.Services.AddSingleton<Api.CohortCache>();
        builder.Services.AddSingleton<Api.CohortChanges>();
        builder.Services.AddSingleton<Components.Pages.Dashboard.CohortDashboardSource>();
        builder.Services.AddSingleton<Components.Pages.Records.PatientListIndex>();
        builder.Services.AddSingleton<Components.Pages.Records.PatientListing>();
        builder.Services.AddHostedService<PatientListWarmup>();
        builder.Services.AddRazorComponents().AddInteractiveServerComponents();
        builder.Services.AddAntiforgery();
        builder.Services.AddProblemDetails();
        builder.Services.AddOpenApi();
        return builder;
    }
}
