using LamTrack.Hosting;
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

        var store = StoreConnection.From(builder.Configuration);
        builder.Services.AddSingleton(new WebSettings(store));
        builder.Services.AddLamTrack(builder.Configuration);
        builder.Services.AddLamTrackIdentity(store);
        builder.Services.AddRazorComponents().AddInteractiveServerComponents();
        builder.Services.AddAntiforgery();
        builder.Services.AddProblemDetails();
        builder.Services.AddOpenApi();
        return builder;
    }
}
