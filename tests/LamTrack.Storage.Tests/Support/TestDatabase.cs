using LamTrack.Storage.Postgres;
using LamTrack.Storage.Sqlite;
using Microsoft.Data.Sqlite;
using Npgsql;

namespace LamTrack.Storage.Tests.Support;

/// <summary>A fresh, migrated database for one test, on SQLite always and on PostgreSQL when configured.</summary>
/// <remarks>
/// PostgreSQL runs when <c>LAMTRACK_TEST_POSTGRES</c> holds a connection string (CI's
/// <c>.ci/setup.d/postgres.sh</c> sets it); each test gets its own database, dropped afterwards.
/// </remarks>
internal sealed class TestDatabase : IAsyncDisposable
{
    public const string PostgresVariable = "LAMTRACK_TEST_POSTGRES";

    private readonly Func<Task> _cleanup;

    private TestDatabase(LamTrackDatabase database, string location, Func<Task> cleanup)
    {
        Database = database;
        Location = location;
        _cleanup = cleanup;
    }

    public LamTrackDatabase Database { get; }

    /// <summary>The SQLite file path or the PostgreSQL connection string.</summary>
    public string Location { get; }

    /// <summary>The providers this run tests: SQLite, and PostgreSQL when the variable is set.</summary>
    public static TheoryData<StorageProvider> Providers()
    {
        var data = new TheoryData<StorageProvider> { StorageProvider.Sqlite };
        if (!string.IsNullOrWhiteSpace(Environment.GetEnvironmentVariable(PostgresVariable)))
        {
            data.Add(StorageProvider.Postgres);
        }

        return data;
    }

    public static async Task<TestDatabase> CreateAsync(StorageProvider provider, bool migrate = true)
    {
        TestDatabase test = provider == StorageProvider.Sqlite ? CreateSqlite() : await CreatePostgresAsync();
        if (migrate)
        {
            await test.Database.MigrateAsync();
        }

        return test;
    }

    public async ValueTask DisposeAsync() => await _cleanup();

    private static TestDatabase CreateSqlite()
    {
        string dir = Path.Combine(Path.GetTempPath(), "lamtrack-storage-tests", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(dir);
        string path = Path.Combine(dir, "test.db");
        return new TestDatabase(SqliteDatabase.Open(path), path, () =>
        {
            SqliteConnection.ClearAllPools();
            Directory.Delete(dir, recursive: true);
            return Task.CompletedTask;
        });
    }

    private static async Task<TestDatabase> CreatePostgresAsync()
    {
        string admin = Environment.GetEnvironmentVariable(PostgresVariable)!;
        string name = "lamtrack_t_" + Guid.NewGuid().ToString("N");
        await ExecuteAsync(admin, $"CREATE DATABASE \"{name}\"");
        string connection = new NpgsqlConnectionStringBuilder(admin) { Database = name }.ConnectionString;
        return new TestDatabase(PostgresDatabase.Open(connection), connection, async () =>
        {
            NpgsqlConnection.ClearAllPools();
            await ExecuteAsync(admin, $"DROP DATABASE IF EXISTS \"{name}\" WITH (FORCE)");
        });
    }

    private static async Task ExecuteAsync(string connectionString, string sql)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync();
    }
}
