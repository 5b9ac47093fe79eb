using Microsoft.EntityFrameworkCore.Design;

namespace LamTrack.Storage.Sqlite;

/// <summary>Lets <c>dotnet ef migrations add</c> build the context with the SQLite provider and this assembly's migrations.</summary>
internal sealed class SqliteDesignTimeFactory : IDesignTimeDbContextFactory<LamTrackDbContext>
{
    public LamTrackDbContext CreateDbContext(string[] args) => SqliteDatabase.Open("design-time.db").CreateContext();
}
