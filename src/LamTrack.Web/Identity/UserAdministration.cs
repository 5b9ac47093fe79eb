using System.Security.Cryptography;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace LamTrack.Web.Identity;

/// <summary>Adds, lists and disables accounts; used by <c>lamtrack users</c> and the first-run setup.</summary>
/// <param name="users">Identity's account manager.</param>
/// <param name="sessions">The stamps of current sessions, forgotten when an account is disabled.</param>
public sealed class UserAdministration(UserManager<IdentityUser> users, SessionStampCache sessions)
{
    private const string PasswordAlphabet = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789";
    private const int GeneratedPasswordLength = 20;

    /// <summary>Creates an account with one role. With no password, generates one and returns it (shown once).</summary>
    /// <returns>The outcome; <see cref="UserCommandResult.Errors"/> names every reason it failed.</returns>
    public async Task<UserCommandResult> AddAsync(string email, string role, string? password)
    {
        if (!Roles.All.Contains(role, StringComparer.Ordinal))
        {
            return UserCommandResult.Failed($"WEB-USER-001: unknown role '{role}'; use one of {string.Join(", ", Roles.All)}.");
        }

        string chosen = string.IsNullOrEmpty(password) ? GeneratePassword() : password;
        var user = new IdentityUser { UserName = email, Email = email, EmailConfirmed = true, LockoutEnabled = true };
        IdentityResult created = await users.CreateAsync(user, chosen);
        if (!created.Succeeded)
        {
            return UserCommandResult.Failed([.. created.Errors.Select(e => $"WEB-USER-002: {e.Description}")]);
        }

        await users.AddToRoleAsync(user, role);
        return new UserCommandResult(true, [], string.IsNullOrEmpty(password) ? chosen : null);
    }

    /// <summary>Every account with its roles and whether it is disabled, ordered by email.</summary>
    public async Task<IReadOnlyList<UserSummary>> ListAsync()
    {
        List<IdentityUser> all = await users.Users.OrderBy(u => u.Email).ToListAsync();
        var summaries = new List<UserSummary>(all.Count);
        foreach (IdentityUser user in all)
        {
            IList<string> roles = await users.GetRolesAsync(user);
            summaries.Add(new UserSummary(user.Id, user.Email ?? user.UserName ?? user.Id, [.. roles], IsDisabled(user)));
        }

        return summaries;
    }

    /// <summary>Disables an account: it can no longer sign in, and its sessions end at their next request (in another
    /// process, within <see cref="SessionStampCache.Lifetime"/>).</summary>
    public async Task<UserCommandResult> DisableAsync(string email)
    {
        IdentityUser? user = await users.FindByEmailAsync(email);
        if (user is null)
        {
            return UserCommandResult.Failed($"WEB-USER-003: no account with the email '{email}'.");
        }

        await users.SetLockoutEnabledAsync(user, true);
        await users.SetLockoutEndDateAsync(user, DateTimeOffset.MaxValue);
        await users.UpdateSecurityStampAsync(user);
        sessions.Forget(user.Id);
        return new UserCommandResult(true, [], null);
    }

    /// <summary>Whether any account has the admin role (the first-run setup creates one when none does).</summary>
    public async Task<bool> HasAdminAsync() => (await users.GetUsersInRoleAsync(Roles.Admin)).Count > 0;

    internal static bool IsDisabled(IdentityUser user) => user.LockoutEnd == DateTimeOffset.MaxValue;

    private static string GeneratePassword() =>
        RandomNumberGenerator.GetString(PasswordAlphabet, GeneratedPasswordLength);
}
