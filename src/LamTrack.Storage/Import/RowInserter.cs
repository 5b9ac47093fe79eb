using System.Data.Common;
using System.Text;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Storage;

namespace LamTrack.Storage.Import;

/// <summary>A prepared multi-row INSERT of a fixed number of rows into one table, reused across batches.</summary>
/// <remarks>
/// Quoting, parameter names and parameter types come from the provider (<see cref="ISqlGenerationHelper"/> and
/// the EF type mappings, which for instance bind SQLite GUIDs as text), so a row inserted here reads back exactly
/// as one saved by EF Core. SQLite keeps the statement compiled while the command lives.
/// </remarks>
internal sealed class RowInserter : IDisposable
{
    private readonly DbCommand _command;
    private readonly DbParameter[] _parameters;
    private readonly int _columns;

    private RowInserter(DbCommand command, DbParameter[] parameters, int columns)
    {
        _command = command;
        _parameters = parameters;
        _columns = columns;
    }

    /// <summary>An INSERT of <paramref name="rows"/> rows of <paramref name="shape"/> on <paramref name="connection"/>.</summary>
    public static RowInserter Create(DbConnection connection, ISqlGenerationHelper sql, TableShape shape, int rows)
    {
        DbCommand command = connection.CreateCommand();
        int columns = shape.Columns.Count;
        var text = new StringBuilder("INSERT INTO ").Append(sql.DelimitIdentifier(shape.Table, shape.Schema)).Append(" (")
            .AppendJoin(", ", shape.Columns.Select(c => sql.DelimitIdentifier(c))).Append(") VALUES ");
        var parameters = new DbParameter[rows * columns];
        for (int r = 0; r < rows; r++)
        {
            text.Append(r == 0 ? "(" : ", (");
            for (int c = 0; c < columns; c++)
            {
                string name = $"r{r}c{c}";
                DbParameter parameter = shape.Mappings[c].CreateParameter(command, sql.GenerateParameterName(name), null, shape.Nullable[c]);
                command.Parameters.Add(parameter);
                parameters[(r * columns) + c] = parameter;
                text.Append(c == 0 ? string.Empty : ", ").Append(sql.GenerateParameterNamePlaceholder(name));
            }

            text.Append(')');
        }

        command.CommandText = text.ToString();
        return new RowInserter(command, parameters, columns);
    }

    /// <summary>Inserts <paramref name="rows"/> (exactly as many as the command has) inside <paramref name="transaction"/>.</summary>
    public Task ExecuteAsync(DbTransaction transaction, IReadOnlyList<object?[]> rows, CancellationToken cancellationToken)
    {
        for (int r = 0; r < rows.Count; r++)
        {
            for (int c = 0; c < _columns; c++)
            {
                _parameters[(r * _columns) + c].Value = rows[r][c] ?? DBNull.Value;
            }
        }

        _command.Transaction = transaction;
        return _command.ExecuteNonQueryAsync(cancellationToken);
    }

    public void Dispose() => _command.Dispose();
}
