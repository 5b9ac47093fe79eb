using System.Data.Common;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace LamTrack.Storage.Sqlite;

/// <summary>Sets LamTrack's SQLite pragmas on every connection EF Core opens.</summary>
/// <remarks>
/// WAL lets readers (a report) run while a writer (an import) commits, and a killed writer leaves the
/// database consistent. <c>synchronous=NORMAL</c> is SQLite's recommended setting with WAL: a process kill
/// loses nothing committed, and a power cut can lose only the last commits, never corrupt the file; FULL
/// would add an fsync per patient to a bulk import. <c>busy_timeout</c> makes a second writer wait for the
/// lock instead of failing at once.
/// </remarks>
internal sealed class SqlitePragmaInterceptor : DbConnectionInterceptor
{
    private const string Pragmas = "PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL; PRAGMA busy_timeout=10000;";

    // EF Core probes whether a database exists over a read-only connection, where switching the journal mode
    // of a file still in rollback mode (a restored backup) would fail; such a probe needs only the timeout.
    private const string ReadOnlyPragmas = "PRAGMA busy_timeout=10000;";

    public static SqlitePragmaInterceptor Instance { get; } = new();

    private static string PragmasFor(DbConnection connection) =>
        new SqliteConnectionStringBuilder(connection.ConnectionString).Mode == SqliteOpenMode.ReadOnly ? ReadOnlyPragmas : Pragmas;

    public override void ConnectionOpened(DbConnection connection, ConnectionEndEventData eventData) => Apply(connection);

    /// <summary>Sets the pragmas on an open connection that EF Core did not open (the online backup's).</summary>
    internal static void Apply(DbConnection connection)
    {
        using DbCommand command = connection.CreateCommand();
        command.CommandText = PragmasFor(connection);
        command.ExecuteNonQuery();
    }

    public override async Task ConnectionOpenedAsync(DbConnection connection, ConnectionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        DbCommand command = connection.CreateCommand();
        await using (command.ConfigureAwait(false))
        {
            command.CommandText = PragmasFor(connection);
            await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
        }
    }
}
