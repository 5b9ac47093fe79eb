using System.Security.Cryptography;
using LamTrack.Cli.Infrastructure;
using Microsoft.Data.Sqlite;

namespace LamTrack.Cli.Tests.Commands.Storage;

/// <summary><c>audit verify</c>, <c>check</c>, read-only reads and one bad record among good ones.</summary>
public sealed class StoreIntegrityCommandTests
{
    [Fact]
    public void AuditVerify_UntouchedStore_ExitsZeroWithTheHeadHash()
    {
        using var dir = new TemporaryDirectory();
        string db = Imported(dir);

        (int code, string output, string error) = CliRunner.Run("audit", "verify", "--db", db);

        Assert.True(code == ExitCodes.Ok, error);
        Assert.Contains("intact: 5 chained entries, 0 written before the chain", output, StringComparison.Ordinal);
        Assert.Matches("head SHA-256 [0-9a-f]{64}", output);
    }

    [Theory]
    [InlineData("""UPDATE "AuditEntries" SET "Actor" = 'mallory' WHERE "Id" = 2""", "at entry #2", "edited")]
    [InlineData("""DELETE FROM "AuditEntries" WHERE "Id" = 2""", "at entry #3", "does not link")]
    [InlineData("""UPDATE "AuditEntries" SET "Id" = -1 WHERE "Id" = 2; UPDATE "AuditEntries" SET "Id" = 2 WHERE "Id" = 3; UPDATE "AuditEntries" SET "Id" = 3 WHERE "Id" = -1""", "at entry #2", "does not link")]
    public void AuditVerify_AuditRowsChangedDirectly_ReportsTheFirstBrokenLinkAndExitsOne(string tampering, string where, string what)
    {
        using var dir = new TemporaryDirectory();
        string db = Imported(dir);
        Execute(db, """DROP TRIGGER "AuditEntries_NoUpdate"; DROP TRIGGER "AuditEntries_NoDelete"; """ + tampering);

        (int code, _, string error) = CliRunner.Run("audit", "verify", "--db", db);

        Assert.Equal(ExitCodes.InvalidData, code);
        Assert.Contains($"STORE-009: audit chain of {db} broken {where}", error, StringComparison.Ordinal);
        Assert.Contains(what, error, StringComparison.Ordinal);
    }

    [Fact]
    public void Check_HealthyStore_ExitsZeroNamingWhatWasChecked()
    {
        using var dir = new TemporaryDirectory();
        string db = Imported(dir);

        (int code, string output, string error) = CliRunner.Run("check", "--db", db);

        Assert.True(code == ExitCodes.Ok, error);
        Assert.Contains("PRAGMA integrity_check", output, StringComparison.Ordinal);
        Assert.Contains("5 patient(s) checked, 0 finding(s)", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Check_OneCorruptRecord_NamesThePatientAndExitsOne()
    {
        using var dir = new TemporaryDirectory();
        string db = Imported(dir);
        Corrupt(db, "case-2");

        (int code, _, string error) = CliRunner.Run("check", "--db", db);

        Assert.Equal(ExitCodes.InvalidData, code);
        Assert.Contains("patient: patient case-2: STORE-006", error, StringComparison.Ordinal);
        Assert.Contains("5 patient(s) checked, 1 finding(s)", error, StringComparison.Ordinal);
    }

    [Fact]
    public void PkDose_AnotherPatientsRecordCorrupt_StillFindsThePatient()
    {
        using var dir = new TemporaryDirectory();
        string db = Imported(dir);
        Corrupt(db, "case-2");

        (int code, string output, string error) = CliRunner.Run("pk", "dose", "--patient", "case-4", "--db", db);

        Assert.True(code == ExitCodes.Ok, error);
        Assert.Contains("case-2", error, StringComparison.Ordinal);
        Assert.Contains("STORE-006", error, StringComparison.Ordinal);
        Assert.NotEmpty(output);
    }

    [Fact]
    public void Analyze_OneCorruptRecordWithSkipInvalid_AnalysesTheOthers()
    {
        using var dir = new TemporaryDirectory();
        string db = Imported(dir);
        Corrupt(db, "case-2");

        (int strict, _, string strictError) = CliRunner.Run("analyze", "--db", db, "--out", dir.File("strict"));
        (int skipping, _, string error) = CliRunner.Run("analyze", "--db", db, "--out", dir.File("out"), "--skip-invalid");

        Assert.Equal(ExitCodes.InvalidData, strict);
        Assert.Contains("patient case-2", strictError, StringComparison.Ordinal);
        Assert.True(skipping == ExitCodes.Ok, error);
        Assert.Contains("case-2", File.ReadAllText(Path.Combine(dir.File("out"), "analysis.json")), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("empty")]
    [InlineData("foreign")]
    public void Report_RefusedFile_IsLeftByteForByteAsItWas(string kind)
    {
        using var dir = new TemporaryDirectory();
        string db = dir.File(kind + ".db");
        if (kind == "empty")
        {
            File.WriteAllBytes(db, []);
        }
        else
        {
            Execute(db, "CREATE TABLE notes (id INTEGER PRIMARY KEY, text TEXT); INSERT INTO notes (text) VALUES ('kept');");
        }

        string before = Hash(db);

        (int code, _, string error) = CliRunner.Run("report", "--db", db, "--out", dir.File("out"));
        SqliteConnection.ClearAllPools();

        Assert.Equal(ExitCodes.InvalidData, code);
        Assert.Contains("STORE-008", error, StringComparison.Ordinal);
        Assert.Equal(before, Hash(db));
        Assert.Equal([kind + ".db"], Directory.GetFiles(dir.Path).Select(Path.GetFileName));
    }

    [Fact]
    public void Report_BackupOutOfWalMode_ReadsItWithoutChangingIt()
    {
        using var dir = new TemporaryDirectory();
        string db = Imported(dir);
        Assert.Equal(ExitCodes.Ok, CliRunner.Run("backup", "--db", db, "--out", dir.File("copy.db")).ExitCode);
        SqliteConnection.ClearAllPools();
        string before = Hash(dir.File("copy.db"));

        (int code, _, string error) = CliRunner.Run("report", "--db", $"Data Source={dir.File("copy.db")}", "--out", dir.File("out"));
        SqliteConnection.ClearAllPools();

        Assert.True(code == ExitCodes.Ok, error);
        Assert.Equal(before, Hash(dir.File("copy.db")));
        Assert.False(File.Exists(dir.File("copy.db-wal")));
    }

    internal static string Imported(TemporaryDirectory dir)
    {
        string db = dir.File("clinic.db");
        (int code, _, string error) = CliRunner.Run("init", "--db", db, "--import", PatientSource.BundledCaseSeries);
        Assert.True(code == 0, error);
        SqliteConnection.ClearAllPools();
        return db;
    }

    internal static void Execute(string db, string sql)
    {
        using (var connection = new SqliteConnection($"Data Source={db};Pooling=False"))
        {
            connection.Open();
            using SqliteCommand command = connection.CreateCommand();
            command.CommandText = sql;
            command.ExecuteNonQuery();
        }

        SqliteConnection.ClearAllPools();
    }

    private static void Corrupt(string db, string identifier) => Execute(db, $$"""
        UPDATE "TimelineEvents" SET "PayloadJson" = '{"type":"no-such-event"}'
        WHERE "Sequence" = 0 AND "PatientId" = (SELECT "Id" FROM "Patients" WHERE "Identifier" = '{{identifier}}')
        """);

    private static string Hash(string path) => Convert.ToHexString(SHA256.HashData(File.ReadAllBytes(path)));
}
