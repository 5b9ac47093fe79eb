using Microsoft.EntityFrameworkCore.Design;

namespace LamTrack.Storage.Postgres;

/// <summary>Lets <c>dotnet ef migrations add</c> build the context with the Npgsql provider and this assembly's migrations.</summary>
/// <remarks>Adding a migration needs no server; the connection string is only parsed.</remarks>
internal sealed class PostgresDesignTimeFactory : IDesignTimeDbContextFactory<LamTrackDbContext>
{
    public LamTrackDbContext CreateDbContext(string[] args) => PostgresDatabase.Open("Host=localhost;Database=lamtrack_design").CreateContext();
}
