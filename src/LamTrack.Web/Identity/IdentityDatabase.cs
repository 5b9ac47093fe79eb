using LamTrack.Web.Hosting;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace LamTrack.Web.Identity;

/// <summary>Registers the web tables' context for the store's provider, and brings the tables up to date.</summary>
internal static class IdentityDatabase
{
    public static DbContextOptions<T> SqliteOptions<T>(string connectionString)
        where T : DbContext =>
        new DbContextOptionsBuilder<T>().UseSqlite(connectionString, Configure).Options;

    public static DbContextOptions<T> PostgresOptions<T>(string connectionString)
        where T : DbContext =>
        new DbContextOptionsBuilder<T>().UseNpgsql(connectionString, Configure).Options;

    /// <summary>Adds the provider's context, Identity's stores over it, and the Data Protection key ring in it.</summary>
    /// <remarks>Both providers' contexts are registered; the store's connection, read from
    /// <see cref="WebSettings"/> when a context is first asked for, chooses between them.</remarks>
    public static IServiceCollection AddLamTrackIdentityDatabase(this IServiceCollection services)
    {
        services.AddDbContext<PostgresIdentityDbContext>((sp, o) => o.UseNpgsql(Store(sp).Text, Configure));
        services.AddDbContext<SqliteIdentityDbContext>((sp, o) => o.UseSqlite(Store(sp).SqliteConnectionString(), Configure));
        services.AddScoped<LamTrackIdentityDbContext>(sp => Store(sp).IsPostgres
            ? sp.GetRequiredService<PostgresIdentityDbContext>()
            : sp.GetRequiredService<SqliteIdentityDbContext>());

        services.AddDataProtection().SetApplicationName("LamTrack").PersistKeysToDbContext<LamTrackIdentityDbContext>();
        return services;
    }

    /// <summary>Creates the web tables (and a SQLite file's folder) if needed, and the four roles.</summary>
    public static async Task MigrateAsync(IServiceProvider services, CancellationToken cancellationToken)
    {
        await using AsyncServiceScope scope = services.CreateAsyncScope();
        LamTrackIdentityDbContext context = scope.ServiceProvider.GetRequiredService<LamTrackIdentityDbContext>();
        if (context.Database.GetDbConnection() is Microsoft.Data.Sqlite.SqliteConnection sqlite
            && Path.GetDirectoryName(Path.GetFullPath(sqlite.DataSource)) is { } folder)
        {
            Directory.CreateDirectory(folder);
        }

        await context.Database.MigrateAsync(cancellationToken);
        RoleManager<IdentityRole> roles = scope.ServiceProvider.GetRequiredService<RoleManager<IdentityRole>>();
        foreach (string role in Roles.All)
        {
            if (!await roles.RoleExistsAsync(role))
            {
                await roles.CreateAsync(new IdentityRole(role));
            }
        }
    }

    private static StoreConnection Store(IServiceProvider services) => services.GetRequiredService<WebSettings>().Store;

    private static void Configure(Microsoft.EntityFrameworkCore.Infrastructure.SqliteDbContextOptionsBuilder sqlite) =>
        sqlite.MigrationsHistoryTable(LamTrackIdentityDbContext.MigrationsHistoryTable);

    private static void Configure(Npgsql.EntityFrameworkCore.PostgreSQL.Infrastructure.NpgsqlDbContextOptionsBuilder npgsql) =>
        npgsql.MigrationsHistoryTable(LamTrackIdentityDbContext.MigrationsHistoryTable);
}
