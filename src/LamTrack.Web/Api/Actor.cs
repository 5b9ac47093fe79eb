using System.Security.Claims;

namespace LamTrack.Web.Api;

/// <summary>Who makes a write, as the audit trail records it: the signed-in account's id.</summary>
public static class Actor
{
    /// <summary>The account id of <paramref name="user"/> (Identity's name identifier claim).</summary>
    /// <exception cref="InvalidOperationException">The endpoint let an anonymous user through (a wiring error).</exception>
    public static string Of(ClaimsPrincipal user)
    {
        ArgumentNullException.ThrowIfNull(user);
        return user.FindFirstValue(ClaimTypes.NameIdentifier)
            ?? throw new InvalidOperationException("A write endpoint ran without an authenticated account.");
    }
}
