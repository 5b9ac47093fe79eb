using LamTrack.Storage.Errors;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace LamTrack.Storage.Postgres;

/// <summary>Opens LamTrack databases on a PostgreSQL server, with this assembly's migrations.</summary>
public static class PostgresDatabase
{
    /// <summary>Opens (without creating or migrating) the database named by an Npgsql connection string.</summary>
    /// <param name="connectionString">For example <c>Host=db.example;Database=lamtrack;Username=lamtrack</c>.</param>
    /// <exception cref="StorageException">The text is not an Npgsql connection string (code STORE-005).</exception>
    public static LamTrackDatabase Open(string connectionString) => Open(connectionString, readOnly: false);

    /// <summary>Opens (without creating or migrating) the database, read-only when <paramref name="readOnly"/> is set.</summary>
    /// <remarks>A read-only handle starts every session with <c>default_transaction_read_only = on</c>, so the server refuses any write.</remarks>
    /// <exception cref="StorageException">The text is not an Npgsql connection string (code STORE-005).</exception>
    public static LamTrackDatabase Open(string connectionString, bool readOnly)
    {
        NpgsqlConnectionStringBuilder builder = ConnectionString(connectionString);
        if (readOnly)
        {
            builder.Options = $"{builder.Options} -c default_transaction_read_only=on".Trim();
        }

        var options = new DbContextOptionsBuilder<LamTrackDbContext>()
            .UseNpgsql(builder.ConnectionString, npgsql => npgsql.MigrationsAssembly(typeof(PostgresDatabase).Assembly.GetName().Name))
            .Options;
        // Bulk imports stream rows with binary COPY instead of INSERT round trips.
        return new LamTrackDatabase(options, StorageProvider.Postgres, $"{builder.Host}:{builder.Port}/{builder.Database}")
        {
            BulkCopier = NpgsqlBinaryCopier.Instance,
            SelfCheck = PostgresSelfCheck.Instance,
            IsReadOnly = readOnly,
        };
    }

    /// <summary>Parses an Npgsql connection string.</summary>
    /// <exception cref="StorageException">The text is not an Npgsql connection string (code STORE-005).</exception>
    public static NpgsqlConnectionStringBuilder ConnectionString(string connectionString)
    {
        try
        {
            var builder = new NpgsqlConnectionStringBuilder(connectionString);
            if (string.IsNullOrWhiteSpace(builder.Host))
            {
                throw new ArgumentException("it names no Host");
            }

            return builder;
        }
        catch (ArgumentException ex)
        {
            throw new StorageException(StorageIssues.InvalidConnection, $"{StorageIssues.InvalidConnection}: not a PostgreSQL connection string ({ex.Message}).", ex);
        }
    }
}
