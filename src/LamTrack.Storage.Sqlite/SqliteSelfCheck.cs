using System.Data.Common;
using System.Globalization;
using LamTrack.Storage.Integrity;
using Microsoft.EntityFrameworkCore;

namespace LamTrack.Storage.Sqlite;

/// <summary>SQLite's own checks: <c>PRAGMA integrity_check</c> (every page, index and constraint) and <c>PRAGMA foreign_key_check</c>.</summary>
internal sealed class SqliteSelfCheck : DatabaseSelfCheck
{
    public static SqliteSelfCheck Instance { get; } = new();

    public override async Task<SelfCheckResult> RunAsync(LamTrackDbContext context, CancellationToken cancellationToken)
    {
        await context.Database.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            DbConnection connection = context.Database.GetDbConnection();
            var problems = new List<string>();
            foreach (object?[] row in await QueryAsync(connection, "PRAGMA integrity_check", cancellationToken).ConfigureAwait(false))
            {
                if (!string.Equals(row[0] as string, "ok", StringComparison.Ordinal))
                {
                    problems.Add($"integrity_check: {row[0]}");
                }
            }

            foreach (object?[] row in await QueryAsync(connection, "PRAGMA foreign_key_check", cancellationToken).ConfigureAwait(false))
            {
                problems.Add(string.Create(CultureInfo.InvariantCulture, $"foreign_key_check: row {row[1]} of {row[0]} refers to a missing row of {row[2]}"));
            }

            return new SelfCheckResult(problems, ["SQLite: PRAGMA integrity_check and PRAGMA foreign_key_check"]);
        }
        finally
        {
            await context.Database.CloseConnectionAsync().ConfigureAwait(false);
        }
    }

    private static async Task<List<object?[]>> QueryAsync(DbConnection connection, string sql, CancellationToken cancellationToken)
    {
        await using DbCommand command = connection.CreateCommand();
        command.CommandText = sql;
        await using DbDataReader reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        var rows = new List<object?[]>();
        while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            var row = new object?[reader.FieldCount];
            for (int i = 0; i < row.Length; i++)
            {
                row[i] = reader.IsDBNull(i) ? null : reader.GetValue(i);
            }

            rows.Add(row);
        }

        return rows;
    }
}
