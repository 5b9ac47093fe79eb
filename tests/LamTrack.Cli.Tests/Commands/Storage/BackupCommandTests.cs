using LamTrack.Cli.Infrastructure;

namespace LamTrack.Cli.Tests.Commands.Storage;

public sealed class BackupCommandTests
{
    [Fact]
    public void Backup_LiveDatabase_WritesACopyThatReportsTheSame()
    {
        using var dir = new TemporaryDirectory();
        string db = dir.File("clinic.db");
        CliRunner.Run("init", "--db", db, "--import", PatientSource.BundledCaseSeries);
        string copy = dir.File(Path.Combine("backups", "copy.db"));

        (int code, string output, string error) = CliRunner.Run("backup", "--db", db, "--out", copy);

        Assert.True(code == 0, error);
        Assert.Contains("integrity check ok", output, StringComparison.Ordinal);
        CliRunner.Run("report", "--db", db, "--out", dir.File("live"));
        CliRunner.Run("report", "--db", copy, "--out", dir.File("restored"));
        Assert.Equal(File.ReadAllText(dir.File(Path.Combine("live", "table1.csv"))), File.ReadAllText(dir.File(Path.Combine("restored", "table1.csv"))));
    }

    [Fact]
    public void Backup_TargetExists_ExitsOneWithStore007()
    {
        using var dir = new TemporaryDirectory();
        string db = dir.File("clinic.db");
        CliRunner.Run("init", "--db", db);
        string existing = dir.Write("existing.db", "keep me");

        (int code, _, string error) = CliRunner.Run("backup", "--db", db, "--out", existing);

        Assert.Equal(1, code);
        Assert.Contains("STORE-007", error, StringComparison.Ordinal);
        Assert.Equal("keep me", File.ReadAllText(existing));
    }

    [Fact]
    public void Backup_PostgresConnection_ExitsTwoPointingToPgDump()
    {
        (int code, _, string error) = CliRunner.Run("backup", "--db", "Host=db.example;Database=lamtrack", "--out", "never.db");

        Assert.Equal(2, code);
        Assert.Contains("pg_dump", error, StringComparison.Ordinal);
    }

    [Fact]
    public void Backup_MissingOut_ExitsTwo() => Assert.Equal(2, CliRunner.Run("backup").ExitCode);
}
