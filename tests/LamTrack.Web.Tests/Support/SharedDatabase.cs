using Npgsql;

namespace LamTrack.Web.Tests.Support;

/// <summary>A database two server instances share: a fresh PostgreSQL database when <c>LAMTRACK_TEST_POSTGRES</c> names
/// a server, or a SQLite file.</summary>
internal sealed class SharedDatabase : IAsyncDisposable
{
    public const string PostgresVariable = "LAMTRACK_TEST_POSTGRES";

    private readonly string? _server;
    private readonly string? _name;
    private readonly string? _folder;

    private SharedDatabase(string connection, string? server, string? name, string? folder)
    {
        Connection = connection;
        _server = server;
        _name = name;
        _folder = folder;
    }

    public string Connection { get; }

    public static TheoryData<string> Providers()
    {
        var data = new TheoryData<string> { "sqlite" };
        if (!string.IsNullOrWhiteSpace(Environment.GetEnvironmentVariable(PostgresVariable)))
        {
            data.Add("postgres");
        }

        return data;
    }

    public static async Task<SharedDatabase> CreateAsync(string provider)
    {
        if (provider == "sqlite")
        {
            string folder = Directory.CreateTempSubdirectory("lamtrack-web-shared-").FullName;
            return new SharedDatabase(Path.Combine(folder, "shared.db"), null, null, folder);
        }

        string server = Environment.GetEnvironmentVariable(PostgresVariable)!;
        string name = "lamtrack_web_" + Guid.NewGuid().ToString("N")[..12];
        await using (var connection = new NpgsqlConnection(server))
        {
            await connection.OpenAsync();
            await using var create = new NpgsqlCommand($"CREATE DATABASE {name}", connection);
            await create.ExecuteNonQueryAsync();
        }

        return new SharedDatabase(new NpgsqlConnectionStringBuilder(server) { Database = name }.ConnectionString, server, name, null);
    }

    public async ValueTask DisposeAsync()
    {
        if (_folder is not null)
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            Directory.Delete(_folder, recursive: true);
            return;
        }

        NpgsqlConnection.ClearAllPools();
        await using var connection = new NpgsqlConnection(_server);
        await connection.OpenAsync();
        await using var drop = new NpgsqlCommand($"DROP DATABASE IF EXISTS {_name} WITH (FORCE)", connection);
        await drop.ExecuteNonQueryAsync();
    }
}
