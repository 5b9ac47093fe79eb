using Microsoft.EntityFrameworkCore.Design;

namespace LamTrack.Web.Identity;

/// <summary>Lets <c>dotnet ef migrations add --context SqliteIdentityDbContext</c> build the SQLite context.</summary>
internal sealed class SqliteIdentityDesignTimeFactory : IDesignTimeDbContextFactory<SqliteIdentityDbContext>
{
    public SqliteIdentityDbContext CreateDbContext(string[] args) =>
        new(IdentityDatabase.SqliteOptions<SqliteIdentityDbContext>("Data Source=design-time.db"));
}

/// <summary>Lets <c>dotnet ef migrations add --context PostgresIdentityDbContext</c> build the PostgreSQL context.</summary>
internal sealed class PostgresIdentityDesignTimeFactory : IDesignTimeDbContextFactory<PostgresIdentityDbContext>
{
    public PostgresIdentityDbContext CreateDbContext(string[] args) =>
        new(IdentityDatabase.PostgresOptions<PostgresIdentityDbContext>("Host=localhost;Database=design_time"));
}
