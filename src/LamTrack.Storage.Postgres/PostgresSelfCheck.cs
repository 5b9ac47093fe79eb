using System.Data.Common;
using LamTrack.Storage.Integrity;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace LamTrack.Storage.Postgres;

/// <summary>PostgreSQL's equivalent of SQLite's integrity and foreign-key checks.</summary>
/// <remarks>
/// PostgreSQL checks every constraint on every write, so what can go wrong is that a guard was switched off: a
/// constraint added <c>NOT VALID</c> and never validated, or a trigger disabled (the audit trail's append-only
/// triggers, and the internal triggers that enforce foreign keys, which <c>session_replication_role = replica</c>
/// or <c>ALTER TABLE … DISABLE TRIGGER ALL</c> bypass). Both are read from the catalog for the current schema. Page and
/// index corruption is checked with the <c>amcheck</c> extension's <c>bt_index_check</c> over every B-tree index when
/// the extension is installed (installing it needs a superuser, so it is not done here); otherwise a note says so.
/// </remarks>
internal sealed class PostgresSelfCheck : DatabaseSelfCheck
{
    private const string UnvalidatedConstraints = """
        SELECT conrelid::regclass::text || ': constraint ' || conname || ' is NOT VALID (rows written before it may break it)'
        FROM pg_constraint WHERE NOT convalidated AND connamespace = current_schema()::regnamespace
        """;

    private const string DisabledTriggers = """
        SELECT tgrelid::regclass::text || ': trigger ' || tgname || ' is disabled'
        FROM pg_trigger t JOIN pg_class c ON c.oid = t.tgrelid
        WHERE t.tgenabled = 'D' AND c.relnamespace = current_schema()::regnamespace
        """;

    private const string AmcheckInstalled = "SELECT count(*)::text FROM pg_extension WHERE extname = 'amcheck'";

    private const string BtreeIndexes = """
        SELECT c.oid::text || ' ' || c.relname FROM pg_index i JOIN pg_class c ON c.oid = i.indexrelid JOIN pg_am a ON a.oid = c.relam
        WHERE a.amname = 'btree' AND c.relnamespace = current_schema()::regnamespace ORDER BY c.relname
        """;

    public static PostgresSelfCheck Instance { get; } = new();

    public override async Task<SelfCheckResult> RunAsync(LamTrackDbContext context, CancellationToken cancellationToken)
    {
        await context.Database.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            DbConnection connection = context.Database.GetDbConnection();
            var problems = new List<string>();
            problems.AddRange(await TextsAsync(connection, UnvalidatedConstraints, cancellationToken).ConfigureAwait(false));
            problems.AddRange(await TextsAsync(connection, DisabledTriggers, cancellationToken).ConfigureAwait(false));
            var notes = new List<string> { "PostgreSQL: constraints validated and triggers enabled (catalog)" };
            bool amcheck = (await TextsAsync(connection, AmcheckInstalled, cancellationToken).ConfigureAwait(false))[0] != "0";
            if (amcheck)
            {
                problems.AddRange(await CheckIndexesAsync(connection, cancellationToken).ConfigureAwait(false));
                notes.Add("PostgreSQL: amcheck bt_index_check over every B-tree index");
            }
            else
            {
                notes.Add("PostgreSQL: the amcheck extension is not installed, so index and page structure were not checked (CREATE EXTENSION amcheck, as a superuser, enables it)");
            }

            return new SelfCheckResult(problems, notes);
        }
        finally
        {
            await context.Database.CloseConnectionAsync().ConfigureAwait(false);
        }
    }

    private static async Task<List<string>> CheckIndexesAsync(DbConnection connection, CancellationToken cancellationToken)
    {
        var problems = new List<string>();
        foreach (string index in await TextsAsync(connection, BtreeIndexes, cancellationToken).ConfigureAwait(false))
        {
            string[] oidAndName = index.Split(' ', 2);
            await using DbCommand command = connection.CreateCommand();
            // The oid is a number read from the catalog, never user text.
            command.CommandText = $"SELECT 1 FROM (SELECT bt_index_check({oidAndName[0]}::oid::regclass)) AS checked";
            try
            {
                await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
            }
            catch (PostgresException ex)
            {
                problems.Add($"index {oidAndName[1]}: {ex.MessageText}");
            }
        }

        return problems;
    }

    private static async Task<List<string>> TextsAsync(DbConnection connection, string sql, CancellationToken cancellationToken)
    {
        await using DbCommand command = connection.CreateCommand();
        command.CommandText = sql;
        await using DbDataReader reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        var texts = new List<string>();
        while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            texts.Add(reader.IsDBNull(0) ? string.Empty : reader.GetString(0));
        }

        return texts;
    }
}
