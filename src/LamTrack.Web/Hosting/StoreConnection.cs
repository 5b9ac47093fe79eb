using Microsoft.Data.Sqlite;

namespace LamTrack.Web.Hosting;

/// <summary>The database the server uses, as given by <c>--db</c> or configuration, or the demo store.</summary>
/// <param name="Text">The connection text: a SQLite file path or connection string, or an Npgsql connection string.</param>
/// <param name="IsDemo">True for the embedded demo store seeded with the published cases.</param>
public sealed record StoreConnection(string Text, bool IsDemo)
{
    /// <summary>The configuration key of the connection text, the store option <c>LamTrack:Storage:DefaultDatabase</c>.</summary>
    public const string ConfigurationKey = "LamTrack:Storage:DefaultDatabase";

    /// <summary>The demo store used when no database is given: <c>web-demo.db</c> in the user's data folder.</summary>
    public static string DemoPath =>
        Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.LocalApplicationData, Environment.SpecialFolderOption.DoNotVerify), "lamtrack", "web-demo.db");

    /// <summary>True when the text names a PostgreSQL server (it has <c>Host=</c> or <c>Server=</c>).</summary>
    public bool IsPostgres =>
        Text.Contains("Host=", StringComparison.OrdinalIgnoreCase) || Text.Contains("Server=", StringComparison.OrdinalIgnoreCase);

    /// <summary>The SQLite connection string for a path or a connection string, with foreign keys on.</summary>
    public string SqliteConnectionString()
    {
        var builder = Text.Contains('=', StringComparison.Ordinal)
            ? new SqliteConnectionStringBuilder(Text)
            : new SqliteConnectionStringBuilder { DataSource = Text };
        builder.ForeignKeys = true;
        return builder.ConnectionString;
    }

    /// <summary>The SQLite file the text names.</summary>
    public string SqliteDataSource => new SqliteConnectionStringBuilder(SqliteConnectionString()).DataSource;

    /// <summary>The connection from configuration, or the demo store when none is set.</summary>
    public static StoreConnection From(IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        string? text = configuration[ConfigurationKey];
        return string.IsNullOrWhiteSpace(text) ? new StoreConnection(DemoPath, IsDemo: true) : new StoreConnection(text, IsDemo: false);
    }
}
