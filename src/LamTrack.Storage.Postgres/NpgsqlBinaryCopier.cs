using System.Data.Common;
using LamTrack.Storage.Import;
using Npgsql;
using NpgsqlTypes;

namespace LamTrack.Storage.Postgres;

/// <summary>Appends rows with PostgreSQL's binary <c>COPY … FROM STDIN</c>: one stream per table per batch.</summary>
/// <remarks>
/// An INSERT per row or per statement costs a round trip and a parse on the server; COPY sends every row of a batch
/// in one stream that the server loads without planning. It runs inside the connection's open transaction, so the
/// batch still commits or rolls back as a whole. The values arrive already converted by the EF model (NodaTime
/// values as ticks and ISO text), so only the five provider types of the schema occur; any other is a programming
/// error and fails loudly rather than being written in a guessed format.
/// </remarks>
internal sealed class NpgsqlBinaryCopier : BulkRowCopier
{
    public static NpgsqlBinaryCopier Instance { get; } = new();

    public override async Task CopyAsync(
        DbConnection connection, string? schema, string table, IReadOnlyList<string> columns, IReadOnlyList<object?[]> rows, CancellationToken cancellationToken)
    {
        var npgsql = (NpgsqlConnection)connection;
        string target = (schema is null ? string.Empty : Quote(schema) + ".") + Quote(table);
        string command = $"COPY {target} ({string.Join(", ", columns.Select(Quote))}) FROM STDIN (FORMAT BINARY)";
        NpgsqlBinaryImporter importer = await npgsql.BeginBinaryImportAsync(command, cancellationToken).ConfigureAwait(false);
        await using (importer.ConfigureAwait(false))
        {
            foreach (object?[] row in rows)
            {
                await importer.StartRowAsync(cancellationToken).ConfigureAwait(false);
                foreach (object? value in row)
                {
                    await WriteAsync(importer, value, cancellationToken).ConfigureAwait(false);
                }
            }

            await importer.CompleteAsync(cancellationToken).ConfigureAwait(false);
        }
    }

    private static Task WriteAsync(NpgsqlBinaryImporter importer, object? value, CancellationToken cancellationToken) => value switch
    {
        null => importer.WriteNullAsync(cancellationToken),
        string text => importer.WriteAsync(text, NpgsqlDbType.Text, cancellationToken),
        Guid id => importer.WriteAsync(id, NpgsqlDbType.Uuid, cancellationToken),
        long number => importer.WriteAsync(number, NpgsqlDbType.Bigint, cancellationToken),
        int number => importer.WriteAsync(number, NpgsqlDbType.Integer, cancellationToken),
        _ => throw new InvalidOperationException($"The bulk import cannot COPY a value of type {value.GetType().Name}; map it in {nameof(NpgsqlBinaryCopier)}."),
    };

    private static string Quote(string identifier) => "\"" + identifier.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";
}
