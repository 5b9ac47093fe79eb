using LamTrack.Storage.Errors;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace LamTrack.Storage.Sqlite;

/// <summary>Opens LamTrack databases stored in SQLite files, with this assembly's migrations.</summary>
public static class SqliteDatabase
{
    /// <summary>Opens (without creating or migrating) the database named by a file path or a SQLite connection string.</summary>
    /// <param name="pathOrConnectionString">A path such as <c>data/lamtrack.db</c>, or <c>Data Source=…</c>.</param>
    /// <exception cref="StorageException">The text is neither a usable path nor a SQLite connection string (code STORE-005).</exception>
    public static LamTrackDatabase Open(string pathOrConnectionString) => Open(pathOrConnectionString, readOnly: false);

    /// <summary>Opens (without creating or migrating) the database, read-only when <paramref name="readOnly"/> is set.</summary>
    /// <remarks>
    /// A read-only handle opens the file with SQLite's read-only mode and sets only <c>busy_timeout</c>: no
    /// <c>journal_mode=WAL</c> switch, no migration, and SQLite itself refuses any write. So a command that only reads
    /// never changes the file, works on a file the user may not write, and leaves a file it refuses byte for byte as it was.
    /// </remarks>
    /// <exception cref="StorageException">The text cannot be used (code STORE-005).</exception>
    public static LamTrackDatabase Open(string pathOrConnectionString, bool readOnly)
    {
        SqliteConnectionStringBuilder builder = ConnectionString(pathOrConnectionString);
        if (readOnly)
        {
            builder.Mode = SqliteOpenMode.ReadOnly;
        }

        var options = new DbContextOptionsBuilder<LamTrackDbContext>()
            .UseSqlite(builder.ConnectionString, sqlite => sqlite.MigrationsAssembly(typeof(SqliteDatabase).Assembly.GetName().Name))
            .AddInterceptors(SqlitePragmaInterceptor.Instance)
            .Options;
        return new LamTrackDatabase(options, StorageProvider.Sqlite, builder.DataSource)
        {
            SelfCheck = SqliteSelfCheck.Instance,
            IsReadOnly = readOnly,
        };
    }

    /// <summary>The connection string for a path or connection string, with LamTrack's settings added.</summary>
    /// <exception cref="StorageException">The text cannot be used (code STORE-005).</exception>
    public static SqliteConnectionStringBuilder ConnectionString(string pathOrConnectionString)
    {
        if (string.IsNullOrWhiteSpace(pathOrConnectionString))
        {
            throw new StorageException(StorageIssues.InvalidConnection, $"{StorageIssues.InvalidConnection}: the SQLite database path is empty.");
        }

        SqliteConnectionStringBuilder builder;
        try
        {
            builder = pathOrConnectionString.Contains('=', StringComparison.Ordinal)
                ? new SqliteConnectionStringBuilder(pathOrConnectionString)
                : new SqliteConnectionStringBuilder { DataSource = pathOrConnectionString };
        }
        catch (ArgumentException ex)
        {
            throw new StorageException(StorageIssues.InvalidConnection, $"{StorageIssues.InvalidConnection}: '{pathOrConnectionString}' is not a SQLite connection string ({ex.Message}).", ex);
        }

        builder.ForeignKeys = true;
        return builder;
    }
}
