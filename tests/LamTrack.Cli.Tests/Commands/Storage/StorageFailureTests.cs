using System.Security.Cryptography;
using LamTrack.Cli.Infrastructure;
using Microsoft.Data.Sqlite;

namespace LamTrack.Cli.Tests.Commands.Storage;

/// <summary>Ordinary mistakes with databases and output paths give one coded line and exit 1, never a stack trace.</summary>
public sealed class StorageFailureTests
{
    [Fact]
    public void Init_OnAFolder_GivesACodedMessage()
    {
        using var dir = new TemporaryDirectory();
        Directory.CreateDirectory(dir.File("folder.db"));

        (int code, _, string error) = CliRunner.Run("init", "--db", dir.File("folder.db"));

        AssertCoded(code, error, "STORE-011");
    }

    [Fact]
    public void Init_OnAFileThatIsNotADatabase_GivesACodedMessageAndLeavesTheFile()
    {
        using var dir = new TemporaryDirectory();
        string notes = dir.Write("notes.db", "these are my notes, not a database\n");

        (int code, _, string error) = CliRunner.Run("init", "--db", notes);
        SqliteConnection.ClearAllPools();

        AssertCoded(code, error, "STORE-011");
        Assert.Contains("not a SQLite database", error, StringComparison.Ordinal);
        Assert.Equal("these are my notes, not a database\n", File.ReadAllText(notes));
    }

    [Fact]
    public void Init_OnAReadOnlyDatabase_GivesACodedMessage()
    {
        using var dir = new TemporaryDirectory();
        string db = StoreIntegrityCommandTests.Imported(dir);

        (int code, _, string error) = CliRunner.Run("init", "--db", $"Data Source={db};Mode=ReadOnly");
        SqliteConnection.ClearAllPools();

        AssertCoded(code, error, "STORE-011");
        Assert.Contains("read-only", error, StringComparison.Ordinal);
    }

    [Fact]
    public void Init_PostgresNotReachable_GivesACodedMessage()
    {
        // Port 1 on the loopback interface: nothing listens there, so the connection is refused at once.
        (int code, _, string error) = CliRunner.Run("init", "--db", "Host=127.0.0.1;Port=1;Database=lamtrack;Username=lamtrack;Timeout=3");

        AssertCoded(code, error, "STORE-011");
        Assert.Contains("cannot be reached", error, StringComparison.Ordinal);
    }

    [Fact]
    public void Backup_OfAFileThatIsNotADatabase_GivesACodedMessageAndWritesNothing()
    {
        using var dir = new TemporaryDirectory();
        string notes = dir.Write("notes.db", "not a database\n");

        (int code, _, string error) = CliRunner.Run("backup", "--db", notes, "--out", dir.File("copy.db"));
        SqliteConnection.ClearAllPools();

        AssertCoded(code, error, "STORE-011");
        Assert.Equal(["notes.db"], Directory.GetFiles(dir.Path).Select(Path.GetFileName));
    }

    [Fact]
    public void Report_OutputPathIsAnExistingFile_GivesACodedMessage()
    {
        using var dir = new TemporaryDirectory();
        string file = dir.Write("taken", "x");

        (int code, _, string error) = CliRunner.Run("report", "--out", file);

        AssertCoded(code, error, "OUT-001");
        Assert.Contains("is an existing file", error, StringComparison.Ordinal);
        Assert.Equal("x", File.ReadAllText(file));
    }

    [Fact]
    public void Report_OutputFolderCannotBeWritten_GivesACodedMessage()
    {
        if (!OperatingSystem.IsLinux())
        {
            return;
        }

        // /proc takes no new files even for root, unlike a folder whose permission bits say read-only.
        (int code, _, string error) = CliRunner.Run("report", "--out", "/proc/lamtrack-report");

        AssertCoded(code, error, "OUT-001");
        Assert.Contains("cannot be written", error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Import_TwoImportsOfTheSameNewPatientsRace_LoserGetsACodedMessageAndTheStoreStaysWhole()
    {
        using var dir = new TemporaryDirectory();
        string db = dir.File("clinic.db");
        Assert.Equal(ExitCodes.Ok, CliRunner.Run("init", "--db", db).ExitCode);
        Assert.Equal(ExitCodes.Ok, CliRunner.Run("export", "--fhir", dir.File("fhir"), "--ndjson").ExitCode);

        var runs = Enumerable.Range(0, 2)
            .Select(_ => Task.Run(() => CliRunner.Run("import", "--fhir", dir.File("fhir"), "--db", db)))
            .ToArray();
        foreach ((int code, _, string error) in await Task.WhenAll(runs))
        {
            if (code != ExitCodes.Ok)
            {
                AssertCoded(code, error, "STORE-003");
            }
        }

        (int checkCode, string checkOutput, string checkError) = CliRunner.Run("check", "--db", db);
        Assert.True(checkCode == ExitCodes.Ok, checkError);
        Assert.Contains("5 patient(s) checked, 0 finding(s)", checkOutput, StringComparison.Ordinal);
    }

    [Fact]
    public void PkEstimate_PlotFolderIsAFile_FailsBeforeWritingTheEstimates()
    {
        using var dir = new TemporaryDirectory();
        string plot = dir.Write("plots", "a file, not a folder");
        string data = Path.Combine(LamTrack.Testing.CaseSeriesData.RepositoryRoot, "docs", "examples", "pk-reference.csv");

        (int code, _, string error) = CliRunner.Run("pk", "estimate", "--model", "reference-1cmt", "--data", data, "--out", dir.File("estimates.csv"), "--plot", plot);

        AssertCoded(code, error, "OUT-001");
        Assert.False(File.Exists(dir.File("estimates.csv")));
    }

    internal static void AssertCoded(int code, string error, string expectedCode)
    {
        Assert.Equal(ExitCodes.InvalidData, code);
        Assert.Contains(expectedCode, error, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", error, StringComparison.Ordinal);
        Assert.DoesNotContain("Unhandled exception", error, StringComparison.Ordinal);
    }

    internal static string Hash(string path) => Convert.ToHexString(SHA256.HashData(File.ReadAllBytes(path)));
}
