using System.Data.Common;

namespace LamTrack.Storage.Import;

/// <summary>A provider's fastest way to append many rows to one table inside the connection's open transaction.</summary>
/// <remarks>
/// PostgreSQL supplies one (binary <c>COPY</c>, one stream per table instead of one round trip per statement) through
/// <see cref="LamTrackDatabase.BulkCopier"/>; without one, the bulk import uses prepared multi-row <c>INSERT</c>s,
/// which suit SQLite (in-process, no round trips). Either way the rows commit or roll back with the transaction.
/// </remarks>
public abstract class BulkRowCopier
{
    /// <summary>Appends <paramref name="rows"/> to a table inside the transaction open on <paramref name="connection"/>.</summary>
    /// <param name="connection">The open connection; its current transaction holds the rows.</param>
    /// <param name="schema">The table's schema, or null for the default one.</param>
    /// <param name="table">The table name, unquoted.</param>
    /// <param name="columns">The column names, unquoted, in row order.</param>
    /// <param name="rows">The rows, each holding one provider value per column (already converted; null for SQL NULL).</param>
    /// <param name="cancellationToken">Stops the copy; the transaction then rolls back.</param>
    public abstract Task CopyAsync(
        DbConnection connection, string? schema, string table, IReadOnlyList<string> columns, IReadOnlyList<object?[]> rows, CancellationToken cancellationToken);
}
