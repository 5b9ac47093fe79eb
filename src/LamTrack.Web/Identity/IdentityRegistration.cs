using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.BearerToken;
using Microsoft.AspNetCore.Identity;

namespace LamTrack.Web.Identity;

/// <summary>Registers ASP.NET Core Identity: accounts, roles, cookies for browsers and bearer tokens for the API.</summary>
public static class IdentityRegistration
{
    /// <summary>The sign-in page; unauthenticated page requests are redirected here.</summary>
    public const string LoginPath = "/account/login";

    /// <summary>Adds Identity over the web tables of the store's database, the role policies and the cookie settings.</summary>
    public static IServiceCollection AddLamTrackIdentity(this IServiceCollection services)
    {
        services.AddLamTrackIdentityDatabase();
        services.AddIdentityApiEndpoints<IdentityUser>(ConfigureIdentity)
            .AddRoles<IdentityRole>()
            .AddEntityFrameworkStores<LamTrackIdentityDbContext>();
        services.Configure<BearerTokenOptions>(IdentityConstants.BearerScheme, o => o.BearerTokenExpiration = TimeSpan.FromMinutes(30));
        services.Configure<SecurityStampValidatorOptions>(o => o.ValidationInterval = TimeSpan.FromMinutes(1));
        services.ConfigureApplicationCookie(ConfigureCookie);
        // A page asks the browser to sign in; the cookie handler answers the API with 401/403 instead (see ApiOrRedirect).
        services.Configure<AuthenticationOptions>(o =>
        {
            o.DefaultChallengeScheme = IdentityConstants.ApplicationScheme;
            o.DefaultForbidScheme = IdentityConstants.ApplicationScheme;
        });
        services.AddAuthorizationBuilder().AddLamTrackPolicies();
        services.AddCascadingAuthenticationState();
        services.AddSingleton<SessionStampCache>();
        services.AddScoped<UserAdministration>();
        return services;
    }

    internal static void ConfigureIdentity(IdentityOptions options)
    {
        options.User.RequireUniqueEmail = true;
        options.Password.RequiredLength = 12;
        // Length rather than composition (NIST SP 800-63B, section 5.1.1.2).
        options.Password.RequireNonAlphanumeric = false;
        options.Password.RequireUppercase = false;
        options.Password.RequireLowercase = false;
        options.Password.RequireDigit = false;
        options.Lockout.MaxFailedAccessAttempts = 5;
        options.Lockout.DefaultLockoutTimeSpan = TimeSpan.FromMinutes(15);
        options.Lockout.AllowedForNewUsers = true;
    }

    private static void ConfigureCookie(Microsoft.AspNetCore.Authentication.Cookies.CookieAuthenticationOptions options)
    {
        options.LoginPath = LoginPath;
        options.AccessDeniedPath = "/account/denied";
        options.Cookie.Name = "LamTrack.Auth";
        options.Cookie.HttpOnly = true;
        options.Cookie.SameSite = SameSiteMode.Strict;
        options.SlidingExpiration = true;
        options.ExpireTimeSpan = TimeSpan.FromHours(8);
        // The API answers with a status code; only pages are redirected to the sign-in form.
        options.Events.OnRedirectToLogin = context => ApiOrRedirect(context.HttpContext, context.RedirectUri, StatusCodes.Status401Unauthorized);
        options.Events.OnRedirectToAccessDenied = context => ApiOrRedirect(context.HttpContext, context.RedirectUri, StatusCodes.Status403Forbidden);
    }

    private static Task ApiOrRedirect(HttpContext context, string redirectUri, int status)
    {
        if (context.Request.Path.StartsWithSegments("/api", StringComparison.OrdinalIgnoreCase))
        {
            context.Response.StatusCode = status;
        }
        else
        {
            context.Response.Redirect(redirectUri);
        }

        return Task.CompletedTask;
    }
}
