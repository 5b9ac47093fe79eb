namespace LamTrack.Web.Identity;

/// <summary>The body of <c>POST /api/auth/login</c>.</summary>
/// <param name="Email">The account's email.</param>
/// <param name="Password">Its password.</param>
public sealed record LoginRequest(string Email, string Password);
