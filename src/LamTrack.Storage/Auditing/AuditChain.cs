using System.Data.Common;
using LamTrack.Storage.Errors;
using LamTrack.Storage.Records;

namespace LamTrack.Storage.Auditing;

/// <summary>Appends audit entries to the hash chain inside the caller's transaction, one writer at a time.</summary>
/// <remarks>
/// The chain head is one row (<c>AuditChainHead</c>). The first statement of an appending transaction writes that
/// row: on PostgreSQL this takes its row lock, which a second writer waits for until the first commits (read
/// committed then reads the new head); on SQLite it takes the database's single write lock before anything is read,
/// so the head read next is the latest. Either way two writers never link to the same predecessor.
/// </remarks>
internal static class AuditChain
{
    private const string LockSql = """UPDATE "AuditChainHead" SET "EntryCount" = "EntryCount" WHERE "Id" = 1""";
    private const string ReadSql = """SELECT "EntryCount", "LastHash" FROM "AuditChainHead" WHERE "Id" = 1""";
    private const string WriteSql = """UPDATE "AuditChainHead" SET "EntryCount" = @count, "LastHash" = @hash WHERE "Id" = 1""";

    /// <summary>Locks the head, links <paramref name="entries"/> in order after it and stores the new head.</summary>
    /// <exception cref="StorageException">The chain head row is missing (STORE-009): the trail was tampered with.</exception>
    public static async Task AppendAsync(DbConnection connection, DbTransaction transaction, IReadOnlyList<AuditEntryRecord> entries, CancellationToken cancellationToken)
    {
        await using DbCommand command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = LockSql;
        if (await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false) != 1)
        {
            throw new StorageException(StorageIssues.AuditChainBroken, $"{StorageIssues.AuditChainBroken}: the audit chain head is missing, so no change can be audited; run 'lamtrack audit verify'.");
        }

        AuditChainHead head = await ReadAsync(command, cancellationToken).ConfigureAwait(false);
        head = Link(head, entries);
        command.CommandText = WriteSql;
        AddParameter(command, "@count", head.EntryCount);
        AddParameter(command, "@hash", head.LastHash);
        await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Sets each entry's previous and own hash, in order, after <paramref name="head"/>; returns the new head.</summary>
    public static AuditChainHead Link(AuditChainHead head, IEnumerable<AuditEntryRecord> entries)
    {
        foreach (AuditEntryRecord entry in entries)
        {
            entry.PreviousHash = head.LastHash;
            entry.EntryHash = AuditCanonicalForm.Hash(entry);
            head = new AuditChainHead(head.EntryCount + 1, entry.EntryHash);
        }

        return head;
    }

    private static async Task<AuditChainHead> ReadAsync(DbCommand command, CancellationToken cancellationToken)
    {
        command.CommandText = ReadSql;
        await using DbDataReader reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        await reader.ReadAsync(cancellationToken).ConfigureAwait(false);
        return new AuditChainHead(reader.GetInt64(0), reader.GetString(1));
    }

    private static void AddParameter(DbCommand command, string name, object value)
    {
        DbParameter parameter = command.CreateParameter();
        parameter.ParameterName = name;
        parameter.Value = value;
        command.Parameters.Add(parameter);
    }
}
