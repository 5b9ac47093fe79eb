using LamTrack.Hosting;
using LamTrack.Web.Identity;
using Microsoft.AspNetCore.Identity;

namespace LamTrack.Web.Hosting;

/// <summary>
/// The web host's entry points for <c>lamtrack serve</c> and <c>lamtrack users</c>: they take plain text and return
/// exit codes, so the command line runs the server without referencing ASP.NET Core itself.
/// </summary>
public static class LamTrackWebServer
{
    /// <summary>Runs the server until it is stopped (Ctrl+C or <paramref name="cancellationToken"/>).</summary>
    /// <param name="urls">Addresses to listen on, separated by <c>;</c>; null for <see cref="WebSettings.DefaultUrl"/>.</param>
    /// <param name="database">A SQLite path or a PostgreSQL connection string; null for the demo store.</param>
    /// <param name="output">Where the address and the sign-in instructions are printed.</param>
    /// <param name="cancellationToken">Stops the server.</param>
    /// <returns>0 once the server has stopped.</returns>
    public static async Task<int> ServeAsync(string? urls, string? database, TextWriter output, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(output);
        WebApplicationBuilder builder = WebApplication.CreateBuilder(new WebApplicationOptions
        {
            ApplicationName = typeof(LamTrackWebServer).Assembly.GetName().Name,
            ContentRootPath = AppContext.BaseDirectory,
        });
        Override(builder.Configuration, urls, database);
        // Run from a build (not a publish), the stylesheets and scripts are still in the web project's folders; its
        // static-web-assets manifest beside the binaries says where, in every environment, not only in Development.
        builder.WebHost.UseStaticWebAssets();
        builder.AddLamTrackWeb();
        WebApplication app = builder.Build();
        app.UseLamTrackWeb();
        app.MapLamTrackWeb();
        await app.PrepareLamTrackAsync(output, cancellationToken);
        await app.RunAsync(cancellationToken);
        return 0;
    }

    /// <summary><c>lamtrack users add</c>: creates an account; prints a generated password once when none is given.</summary>
    /// <returns>0 when created, 1 when refused (the coded reasons go to <paramref name="error"/>).</returns>
    public static async Task<int> AddUserAsync(string? database, string email, string role, string? password, TextWriter output, TextWriter error)
    {
        ArgumentNullException.ThrowIfNull(output);
        await using ServiceProvider services = await OpenAccountsAsync(database);
        await using AsyncServiceScope scope = services.CreateAsyncScope();
        UserCommandResult result = await scope.ServiceProvider.GetRequiredService<UserAdministration>().AddAsync(email, role, password);
        if (!result.Succeeded)
        {
            return await FailAsync(result, error);
        }

        await output.WriteLineAsync($"added {email} ({role})");
        if (result.GeneratedPassword is { } generated)
        {
            await output.WriteLineAsync($"password: {generated}  (shown only this once)");
        }

        return 0;
    }

    /// <summary><c>lamtrack users list</c>: one line per account, tab-separated: email, roles, state, id.</summary>
    public static async Task<int> ListUsersAsync(string? database, TextWriter output)
    {
        ArgumentNullException.ThrowIfNull(output);
        await using ServiceProvider services = await OpenAccountsAsync(database);
        await using AsyncServiceScope scope = services.CreateAsyncScope();
        foreach (UserSummary user in await scope.ServiceProvider.GetRequiredService<UserAdministration>().ListAsync())
        {
            await output.WriteLineAsync($"{user.Email}\t{string.Join(',', user.Roles)}\t{(user.Disabled ? "disabled" : "active")}\t{user.Id}");
        }

        return 0;
    }

    /// <summary><c>lamtrack users disable</c>: the account can no longer sign in.</summary>
    public static async Task<int> DisableUserAsync(string? database, string email, TextWriter output, TextWriter error)
    {
        ArgumentNullException.ThrowIfNull(output);
        await using ServiceProvider services = await OpenAccountsAsync(database);
        await using AsyncServiceScope scope = services.CreateAsyncScope();
        UserCommandResult result = await scope.ServiceProvider.GetRequiredService<UserAdministration>().DisableAsync(email);
        if (!result.Succeeded)
        {
            return await FailAsync(result, error);
        }

        await output.WriteLineAsync($"disabled {email}");
        return 0;
    }

    private static async Task<int> FailAsync(UserCommandResult result, TextWriter error)
    {
        ArgumentNullException.ThrowIfNull(error);
        foreach (string reason in result.Errors)
        {
            await error.WriteLineAsync(reason);
        }

        return 1;
    }

    private static async Task<ServiceProvider> OpenAccountsAsync(string? database)
    {
        IConfigurationRoot configuration = new ConfigurationBuilder().AddEnvironmentVariables().AddInMemoryCollection().Build();
        Override(configuration, urls: null, database);
        var services = new ServiceCollection();
        services.AddLogging();
        services.AddSingleton<IConfiguration>(configuration);
        services.AddSingleton(new WebSettings(StoreConnection.From(configuration)));
        services.AddLamTrackIdentityDatabase();
        services.AddIdentityCore<IdentityUser>(IdentityRegistration.ConfigureIdentity)
            .AddRoles<IdentityRole>()
            .AddEntityFrameworkStores<LamTrackIdentityDbContext>();
        services.AddLamTrackClock();
        services.AddSingleton<SessionStampCache>();
        services.AddScoped<UserAdministration>();
        ServiceProvider provider = services.BuildServiceProvider();
        await IdentityDatabase.MigrateAsync(provider, CancellationToken.None);
        return provider;
    }

    private static void Override(IConfiguration configuration, string? urls, string? database)
    {
        if (!string.IsNullOrWhiteSpace(urls))
        {
            configuration[WebHostDefaults.ServerUrlsKey] = urls;
        }

        if (!string.IsNullOrWhiteSpace(database))
        {
            configuration[StoreConnection.ConfigurationKey] = database;
        }
    }
}
