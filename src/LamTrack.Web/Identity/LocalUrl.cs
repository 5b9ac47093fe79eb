namespace LamTrack.Web.Identity;

/// <summary>Keeps return addresses on this site, so a sign-in link cannot send a user elsewhere.</summary>
public static class LocalUrl
{
    /// <summary><paramref name="url"/> when it is a path on this site, else <c>/</c>.</summary>
    public static string OrHome(string? url) =>
        url is { Length: > 0 } && url[0] == '/' && !url.StartsWith("//", StringComparison.Ordinal) && !url.StartsWith("/\\", StringComparison.Ordinal)
            ? url
            : "/";
}
