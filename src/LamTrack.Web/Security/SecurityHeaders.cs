using System.Net;

namespace LamTrack.Web.Security;

/// <summary>Response headers that keep pages from being framed, sniffed or made to run foreign scripts.</summary>
/// <remarks>
/// Scripts come only from this origin: the Blazor script is a file, and no page uses an inline script. Inline styles
/// are allowed because Blazor's reconnection display sets style attributes.
/// </remarks>
public static class SecurityHeaders
{
    /// <summary>The Content-Security-Policy sent with every response.</summary>
    public const string ContentSecurityPolicy =
        "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; " +
        "connect-src 'self'; font-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'";

    /// <summary>Adds the headers to every response, and redirects to HTTPS when the request did not reach a loopback address.</summary>
    public static WebApplication UseLamTrackSecurityHeaders(this WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        app.Use(static (context, next) =>
        {
            // Set just before the headers leave: the static-asset endpoints and the exception handler replace or clear
            // the headers written earlier.
            context.Response.OnStarting(static state => Add(((HttpContext)state).Response.Headers), context);
            return next(context);
        });
        app.UseWhen(context => !IsLoopback(context), branch => branch.UseHsts().UseHttpsRedirection());
        return app;
    }

    private static Task Add(IHeaderDictionary headers)
    {
        headers.ContentSecurityPolicy = ContentSecurityPolicy;
        headers.XContentTypeOptions = "nosniff";
        headers.XFrameOptions = "DENY";
        headers["Referrer-Policy"] = "no-referrer";
        headers["Cross-Origin-Opener-Policy"] = "same-origin";
        return Task.CompletedTask;
    }

    /// <summary>True for a request to a loopback address, or one made in-process (no address).</summary>
    internal static bool IsLoopback(HttpContext context) =>
        context.Connection.LocalIpAddress is not { } address || IPAddress.IsLoopback(address);
}
