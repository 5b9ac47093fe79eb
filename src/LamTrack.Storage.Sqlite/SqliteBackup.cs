using LamTrack.Storage.Errors;
using Microsoft.Data.Sqlite;

namespace LamTrack.Storage.Sqlite;

/// <summary>Copies a live SQLite database to a file with SQLite's online backup API.</summary>
/// <remarks>
/// The backup API copies a consistent snapshot page by page while other connections keep reading and
/// writing (WAL). The copy is written to a temporary file beside the target, checked with
/// <c>PRAGMA integrity_check</c>, and only then renamed into place, so a failed backup never leaves a
/// half-written file under the requested name.
/// </remarks>
public static class SqliteBackup
{
    /// <summary>Backs up the database at <paramref name="source"/> (a path or connection string) to <paramref name="destinationPath"/>.</summary>
    /// <returns>The size of the backup in bytes.</returns>
    /// <exception cref="StorageException">The source does not exist, the target exists, or the copy fails its integrity check (STORE-007).</exception>
    public static long Backup(string source, string destinationPath)
    {
        SqliteConnectionStringBuilder from = SqliteDatabase.ConnectionString(source);
        string target = Path.GetFullPath(destinationPath);
        Require(File.Exists(from.DataSource), $"no SQLite database at '{from.DataSource}'; run 'lamtrack init' first");
        Require(!File.Exists(target), $"'{target}' already exists; choose a new file name (backups are never overwritten)");
        Directory.CreateDirectory(Path.GetDirectoryName(target)!);
        string partial = $"{target}.partial-{Guid.NewGuid():N}";
        try
        {
            Copy(from, partial);
            File.Move(partial, target);
            return new FileInfo(target).Length;
        }
        finally
        {
            File.Delete(partial);
        }
    }

    private static void Copy(SqliteConnectionStringBuilder from, string partial)
    {
        var to = new SqliteConnectionStringBuilder { DataSource = partial, Pooling = false };
        using (var source = new SqliteConnection(new SqliteConnectionStringBuilder(from.ConnectionString) { Mode = SqliteOpenMode.ReadOnly }.ConnectionString))
        using (var destination = new SqliteConnection(to.ConnectionString))
        {
            source.Open();
            // The read-only source gets the busy timeout every LamTrack connection has, so a writer committing at that
            // moment makes the copy wait instead of failing with "database is locked".
            SqlitePragmaInterceptor.Apply(source);
            destination.Open();
            source.BackupDatabase(destination);
            using SqliteCommand check = destination.CreateCommand();
            // A backup is a single file: switch it out of WAL so it carries no -wal side file.
            check.CommandText = "PRAGMA journal_mode=DELETE; PRAGMA integrity_check;";
            using SqliteDataReader reader = check.ExecuteReader();
            reader.NextResult();
            reader.Read();
            string verdict = reader.GetString(0);
            Require(verdict == "ok", $"the backup copy failed its integrity check: {verdict}");
        }

        SqliteConnection.ClearPool(new SqliteConnection(to.ConnectionString));
    }

    private static void Require(bool condition, string reason)
    {
        if (!condition)
        {
            throw new StorageException(StorageIssues.BackupFailed, $"{StorageIssues.BackupFailed}: backup refused: {reason}.");
        }
    }
}
