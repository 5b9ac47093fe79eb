namespace LamTrack.Web.Identity;

/// <summary>One account as <c>lamtrack users list</c> shows it.</summary>
/// <param name="Id">The account's id, recorded as the actor of its writes in the audit trail.</param>
/// <param name="Email">The sign-in email.</param>
/// <param name="Roles">Its roles.</param>
/// <param name="Disabled">True once disabled.</param>
public sealed record UserSummary(string Id, string Email, IReadOnlyList<string> Roles, bool Disabled);
