namespace LamTrack.Web.Identity;

/// <summary>Keeps return addresses on this site, so a sign-in link cannot send a user elsewhere.</summary>
/// <remarks>
/// The rules are those of ASP.NET Core's <c>IUrlHelper.IsLocalUrl</c>: a path that starts with one <c>/</c>, not
/// followed by <c>/</c> or <c>\</c>, and with no control character. Browsers remove tabs and line breaks from a URL
/// before they resolve it (WHATWG URL Standard, basic URL parser), so <c>/&lt;TAB&gt;/evil.example</c> would be the
/// scheme-relative <c>//evil.example</c>.
/// </remarks>
public static class LocalUrl
{
    /// <summary><paramref name="url"/> when it is a path on this site, else <c>/</c>.</summary>
    public static string OrHome(string? url) =>
        url is { Length: > 0 } && url[0] == '/' && !url.StartsWith("//", StringComparison.Ordinal) && !url.StartsWith("/\\", StringComparison.Ordinal)
            && !url.Any(char.IsControl)
            ? url
            : "/";
}
