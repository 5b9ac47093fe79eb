namespace LamTrack.Web.Identity;

/// <summary>The outcome of an account command.</summary>
/// <param name="Succeeded">True when the change was made.</param>
/// <param name="Errors">Coded reasons (<c>WEB-USER-…</c>) when it was not.</param>
/// <param name="GeneratedPassword">A password made for the account, to be shown once; null when one was given.</param>
public sealed record UserCommandResult(bool Succeeded, IReadOnlyList<string> Errors, string? GeneratedPassword)
{
    /// <summary>A failed outcome with its reasons.</summary>
    public static UserCommandResult Failed(params string[] errors) => new(false, errors, null);
}
