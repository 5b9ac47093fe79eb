using LamTrack.Storage.Errors;
using LamTrack.Storage.Patients;
using LamTrack.Storage.Sqlite;
using LamTrack.Storage.Tests.Support;
using Microsoft.Data.Sqlite;
using NodaTime.Testing;

namespace LamTrack.Storage.Tests;

public sealed class SqliteBackupTests
{
    [Fact]
    public async Task Backup_WhileAnotherConnectionHoldsAnOpenWrite_CopiesTheCommittedStateOnly()
    {
        await using TestDatabase test = await TestDatabase.CreateAsync(StorageProvider.Sqlite);
        var store = new PatientStore(test.Database, new FakeClock(Samples.Now), "dr.a");
        await store.CreateAsync(Samples.Patient("case-1"));
        using var writer = new SqliteConnection(SqliteDatabase.ConnectionString(test.Location).ConnectionString);
        writer.Open();
        using SqliteTransaction pending = writer.BeginTransaction();
        using SqliteCommand insert = writer.CreateCommand();
        insert.CommandText = "UPDATE \"Patients\" SET \"DetailsJson\" = '{\"uncommitted\":true}'";
        insert.ExecuteNonQuery();
        string target = Path.Combine(Path.GetDirectoryName(test.Location)!, "backup", "copy.db");

        SqliteBackup.Backup(test.Location, target);

        StoredPatient? copied = await new PatientStore(SqliteDatabase.Open(target), new FakeClock(Samples.Now), "t").FindAsync("case-1");
        Assert.True(Samples.Patient("case-1").HasSameContentAs(copied!.Patient));
        Assert.Single(Directory.GetFiles(Path.GetDirectoryName(target)!), f => !f.EndsWith("-shm", StringComparison.Ordinal) && !f.EndsWith("-wal", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Backup_TargetExists_ThrowsStore007AndLeavesTheTargetAlone()
    {
        await using TestDatabase test = await TestDatabase.CreateAsync(StorageProvider.Sqlite);
        string target = Path.Combine(Path.GetDirectoryName(test.Location)!, "existing.db");
        await File.WriteAllTextAsync(target, "not a database");

        var ex = Assert.Throws<StorageException>(() => SqliteBackup.Backup(test.Location, target));

        Assert.Equal(StorageIssues.BackupFailed, ex.Code);
        Assert.Equal("not a database", await File.ReadAllTextAsync(target));
    }

    [Fact]
    public void Backup_SourceMissing_ThrowsStore007WithoutCreatingIt()
    {
        string missing = Path.Combine(Path.GetTempPath(), $"lamtrack-missing-{Guid.NewGuid():N}.db");

        var ex = Assert.Throws<StorageException>(() => SqliteBackup.Backup(missing, missing + ".bak"));

        Assert.Equal(StorageIssues.BackupFailed, ex.Code);
        Assert.False(File.Exists(missing));
    }
}
