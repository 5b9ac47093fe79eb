using System.Security.Cryptography;
using LamTrack.Storage.Errors;
using LamTrack.Storage.Sqlite;
using LamTrack.Storage.Tests.Support;
using LamTrack.Storage.Timelines;
using Microsoft.Data.Sqlite;
using NodaTime.Testing;

namespace LamTrack.Storage.Tests;

/// <summary>A read-only handle never changes a file: not one it reads, and not one it refuses.</summary>
public sealed class SqliteReadOnlyTests : IDisposable
{
    private readonly string _dir = Path.Combine(Path.GetTempPath(), "lamtrack-readonly-tests", Guid.NewGuid().ToString("N"));

    public SqliteReadOnlyTests() => Directory.CreateDirectory(_dir);

    [Fact]
    public async Task EnsureInitialisedAsync_ReadOnlyOnAnEmptyFile_RefusesAndLeavesItByteForByte()
    {
        string path = Path.Combine(_dir, "empty.db");
        await File.WriteAllBytesAsync(path, []);

        await AssertRefusedUnchangedAsync(path);
    }

    [Fact]
    public async Task EnsureInitialisedAsync_ReadOnlyOnAnotherProgramsDatabase_RefusesAndLeavesItByteForByte()
    {
        string path = Path.Combine(_dir, "foreign.db");
        using (var other = new SqliteConnection($"Data Source={path};Pooling=False"))
        {
            other.Open();
            using SqliteCommand create = other.CreateCommand();
            create.CommandText = "CREATE TABLE notes (id INTEGER PRIMARY KEY, text TEXT); INSERT INTO notes (text) VALUES ('kept');";
            create.ExecuteNonQuery();
        }

        await AssertRefusedUnchangedAsync(path);
    }

    [Fact]
    public async Task LoadAllAsync_ReadOnlyFileInRollbackMode_ReadsEveryPatientAndChangesNothing()
    {
        string path = Path.Combine(_dir, "backup.db");
        LamTrackDatabase writable = SqliteDatabase.Open(path);
        await writable.MigrateAsync();
        await new TimelineStore(writable, new FakeClock(Samples.Now), "import").ImportPatientsAsync(CaseSeries.Load());
        SqliteConnection.ClearAllPools();
        using (var connection = new SqliteConnection($"Data Source={path};Pooling=False"))
        {
            // As a backup is: one self-contained file out of WAL mode.
            connection.Open();
            using SqliteCommand rollback = connection.CreateCommand();
            rollback.CommandText = "PRAGMA journal_mode=DELETE;";
            rollback.ExecuteNonQuery();
        }

        File.SetAttributes(path, FileAttributes.ReadOnly);
        string before = Hash(path);

        LamTrackDatabase database = SqliteDatabase.Open(path, readOnly: true);
        await database.EnsureInitialisedAsync();
        int patients = (await new TimelineStore(database, new FakeClock(Samples.Now), "reader").LoadAllAsync()).Count;
        SqliteConnection.ClearAllPools();

        Assert.Equal(CaseSeries.Load().Count, patients);
        Assert.Equal(before, Hash(path));
        Assert.Equal(["backup.db"], Directory.GetFiles(_dir).Select(Path.GetFileName));
    }

    [Fact]
    public async Task MigrateAsync_ReadOnlyHandle_Throws()
    {
        LamTrackDatabase database = SqliteDatabase.Open(Path.Combine(_dir, "never.db"), readOnly: true);

        await Assert.ThrowsAsync<InvalidOperationException>(() => database.MigrateAsync());

        Assert.False(File.Exists(Path.Combine(_dir, "never.db")));
    }

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        foreach (string file in Directory.GetFiles(_dir))
        {
            File.SetAttributes(file, FileAttributes.Normal);
        }

        Directory.Delete(_dir, recursive: true);
    }

    private async Task AssertRefusedUnchangedAsync(string path)
    {
        string before = Hash(path);
        string[] files = Directory.GetFiles(_dir);

        StorageException refused = await Assert.ThrowsAsync<StorageException>(() => SqliteDatabase.Open(path, readOnly: true).EnsureInitialisedAsync());
        SqliteConnection.ClearAllPools();

        Assert.Equal(StorageIssues.NotInitialised, refused.Code);
        Assert.Equal(before, Hash(path));
        Assert.Equal(files, Directory.GetFiles(_dir));
    }

    private static string Hash(string path) => Convert.ToHexString(SHA256.HashData(File.ReadAllBytes(path)));
}
