namespace LamTrack.Web.Identity;

/// <summary>Creates the first admin account when none exists, and prints its generated password once.</summary>
internal static class FirstRun
{
    /// <summary>The email of the first admin unless <c>LamTrack:Web:FirstAdminEmail</c> names another.</summary>
    public const string DefaultAdminEmail = "admin@lamtrack.local";

    public static async Task EnsureAdminAsync(IServiceProvider services, TextWriter output)
    {
        await using AsyncServiceScope scope = services.CreateAsyncScope();
        UserAdministration users = scope.ServiceProvider.GetRequiredService<UserAdministration>();
        if (await users.HasAdminAsync())
        {
            await output.WriteLineAsync("Sign in with your account; an admin adds accounts with 'lamtrack users add --email E --role R'.");
            return;
        }

        string email = scope.ServiceProvider.GetRequiredService<IConfiguration>()["LamTrack:Web:FirstAdminEmail"] ?? DefaultAdminEmail;
        UserCommandResult created = await users.AddAsync(email, Roles.Admin, password: null);
        if (!created.Succeeded)
        {
            await output.WriteLineAsync("Could not create the first admin: " + string.Join("; ", created.Errors));
            return;
        }

        await output.WriteLineAsync($"First run: sign in as {email} with the password {created.GeneratedPassword}");
        await output.WriteLineAsync("It is shown only this once. Add clinicians with 'lamtrack users add --email E --role clinician'.");
    }
}
