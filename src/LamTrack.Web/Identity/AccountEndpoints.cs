using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;

namespace LamTrack.Web.Identity;

/// <summary>Sign-in for API clients (<c>POST /api/auth/login</c>) and sign-out for browsers (<c>POST /account/logout</c>).</summary>
public static class AccountEndpoints
{
    /// <summary>Maps the two endpoints.</summary>
    public static IEndpointRouteBuilder MapLamTrackAccount(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapPost("/api/auth/login", LoginAsync).AllowAnonymous().WithTags("Authentication")
            .WithSummary("Signs in with email and password; returns a bearer token, or sets the cookie with ?useCookies=true.");
        endpoints.MapPost("/account/logout", LogoutAsync).RequireAuthorization().ExcludeFromDescription();
        return endpoints;
    }

    private static async Task<Results<EmptyHttpResult, ProblemHttpResult>> LoginAsync(
        LoginRequest login, [FromQuery] bool? useCookies, SignInManager<IdentityUser> signIn)
    {
        // Identity's bearer scheme writes the token response itself when the sign-in succeeds.
        signIn.AuthenticationScheme = useCookies == true ? IdentityConstants.ApplicationScheme : IdentityConstants.BearerScheme;
        Microsoft.AspNetCore.Identity.SignInResult result = await signIn.PasswordSignInAsync(login.Email, login.Password, isPersistent: false, lockoutOnFailure: true);
        if (result.Succeeded)
        {
            return TypedResults.Empty;
        }

        string detail = result.IsLockedOut ? "The account is locked or disabled." : "The email or password is wrong.";
        return TypedResults.Problem(detail, statusCode: StatusCodes.Status401Unauthorized, title: "Sign-in failed",
            extensions: new Dictionary<string, object?> { ["code"] = result.IsLockedOut ? "WEB-AUTH-002" : "WEB-AUTH-001" });
    }

    private static async Task<RedirectHttpResult> LogoutAsync(SignInManager<IdentityUser> signIn, [FromForm] string? returnUrl)
    {
        await signIn.SignOutAsync();
        return TypedResults.LocalRedirect(LocalUrl.OrHome(returnUrl));
    }
}
