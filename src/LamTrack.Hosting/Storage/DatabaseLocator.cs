using LamTrack.Storage;
using LamTrack.Storage.Errors;
using LamTrack.Storage.Postgres;
using LamTrack.Storage.Sqlite;

namespace LamTrack.Hosting.Storage;

/// <summary>Turns a connection text (the command line's <c>--db</c>, a web host's setting) into a database: a SQLite file
/// or a PostgreSQL server.</summary>
/// <remarks>
/// The one rule that picks the provider: an Npgsql connection string (it names <c>Host=</c> or <c>Server=</c>) selects
/// PostgreSQL; anything else is a SQLite file path or a SQLite connection string (<c>Data Source=…</c>). Where no store
/// is named, <see cref="DefaultSqlitePath"/> is used (docs/storage.md).
/// </remarks>
public static class DatabaseLocator
{
    /// <summary>The environment variable that overrides the default database.</summary>
    public const string EnvironmentVariable = "LAMTRACK_DB";

    /// <summary>The help text of every <c>--db</c> option.</summary>
    public const string OptionDescription =
        "Database: a SQLite file path, or a PostgreSQL connection string such as 'Host=db;Database=lamtrack;Username=me'";

    /// <summary>The SQLite file used when no <c>--db</c> is given: <c>$LAMTRACK_DB</c>, else <c>lamtrack.db</c> in the user's data directory.</summary>
    public static string DefaultSqlitePath =>
        Environment.GetEnvironmentVariable(EnvironmentVariable) is { Length: > 0 } fromEnvironment
            ? fromEnvironment
            : Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.LocalApplicationData, Environment.SpecialFolderOption.DoNotVerify), "lamtrack", "lamtrack.db");

    /// <summary>Whether <paramref name="connection"/> names a PostgreSQL server.</summary>
    public static bool IsPostgres(string connection) =>
        connection.Contains("Host=", StringComparison.OrdinalIgnoreCase) || connection.Contains("Server=", StringComparison.OrdinalIgnoreCase);

    /// <summary>Opens (without creating) the database named by <paramref name="connection"/>.</summary>
    /// <exception cref="StorageException">The text is not usable (STORE-005).</exception>
    public static LamTrackDatabase Open(string connection) =>
        IsPostgres(connection) ? PostgresDatabase.Open(connection) : SqliteDatabase.Open(connection);

    /// <summary>Opens an existing, fully migrated database, refusing to create an empty SQLite file by accident.</summary>
    /// <exception cref="StorageException">The database does not exist or is not migrated (STORE-008).</exception>
    public static async Task<LamTrackDatabase> OpenExistingAsync(string connection, CancellationToken cancellationToken)
    {
        if (!IsPostgres(connection) && !File.Exists(SqliteDatabase.ConnectionString(connection).DataSource))
        {
            throw new StorageException(StorageIssues.NotInitialised, $"{StorageIssues.NotInitialised}: no database at '{SqliteDatabase.ConnectionString(connection).DataSource}'; create it with 'lamtrack init --db {connection}'.");
        }

        LamTrackDatabase database = Open(connection);
        await database.EnsureInitialisedAsync(cancellationToken).ConfigureAwait(false);
        return database;
    }
}
