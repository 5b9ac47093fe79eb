using System.Security.Claims;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;

namespace LamTrack.Web.Identity;

/// <summary>Ends a session, cookie or bearer token, at its first request after its account was disabled or its
/// security stamp changed (a new password, <c>lamtrack users disable</c>).</summary>
/// <remarks>
/// Identity checks the cookie's security stamp only once per <see cref="SecurityStampValidatorOptions.ValidationInterval"/>,
/// and never a bearer token's, which stays valid for its 30 minutes. OWASP ASVS 5.0, V7.4.2 asks that disabling an
/// account ends its active sessions; so each authenticated request reads its account's stamp and lockout (one
/// primary-key read, remembered for <see cref="SessionStampCache.Lifetime"/> when current) and, when the session is no
/// longer current, goes on as anonymous and drops the cookie.
/// </remarks>
public static class SessionRevocation
{
    /// <summary>Adds the check; call it after <c>UseAuthentication</c> and before <c>UseAuthorization</c>.</summary>
    public static WebApplication UseLamTrackSessionRevocation(this WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        app.Use(static async (context, next) =>
        {
            if (context.User.Identity?.IsAuthenticated == true && !await IsCurrentAsync(context))
            {
                await context.SignOutAsync(IdentityConstants.ApplicationScheme);
                context.User = new ClaimsPrincipal(new ClaimsIdentity());
            }

            await next(context);
        });
        return app;
    }

    private static async Task<bool> IsCurrentAsync(HttpContext context)
    {
        // The claims are read with Identity's claim types, so a remembered session needs no UserManager (a scoped
        // service with many dependencies) on its request.
        ClaimsIdentityOptions claims = context.RequestServices.GetRequiredService<IOptions<IdentityOptions>>().Value.ClaimsIdentity;
        string? stamp = context.User.FindFirstValue(claims.SecurityStampClaimType);
        if (context.User.FindFirstValue(claims.UserIdClaimType) is not { } id || stamp is null)
        {
            return false;
        }

        SessionStampCache known = context.RequestServices.GetRequiredService<SessionStampCache>();
        if (known.IsKnownCurrent(id, stamp))
        {
            return true;
        }

        IdentityUser? user = await context.RequestServices.GetRequiredService<UserManager<IdentityUser>>().FindByIdAsync(id);
        bool current = user is not null && !UserAdministration.IsDisabled(user) && string.Equals(user.SecurityStamp, stamp, StringComparison.Ordinal);
        if (current)
        {
            known.Remember(id, stamp);
        }

        return current;
    }
}
