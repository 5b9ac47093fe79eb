using LamTrack.Cli.Infrastructure;

namespace LamTrack.Cli.Tests.Commands.Storage;

public sealed class InitCommandTests
{
    [Fact]
    public void Init_NewFileWithImport_CreatesTheDatabaseAndImportsEveryCase()
    {
        using var dir = new TemporaryDirectory();
        string db = dir.File("clinic.db");

        (int code, string output, string error) = CliRunner.Run("init", "--db", db, "--import", PatientSource.BundledCaseSeries);

        Assert.True(code == 0, error);
        Assert.Contains("migration(s) applied", output, StringComparison.Ordinal);
        Assert.Contains("5 patient(s) imported, 0 already stored", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Init_RunTwiceWithImport_SecondRunSkipsEveryPatient()
    {
        using var dir = new TemporaryDirectory();
        string db = dir.File("clinic.db");
        CliRunner.Run("init", "--db", db, "--import", PatientSource.BundledCaseSeries);

        (int code, string output, _) = CliRunner.Run("init", "--db", db, "--import", PatientSource.BundledCaseSeries);

        Assert.Equal(0, code);
        Assert.Contains("0 patient(s) imported, 5 already stored", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Init_ImportOfInvalidFile_ExitsOneAndImportsNothing()
    {
        using var dir = new TemporaryDirectory();
        string db = dir.File("clinic.db");
        string bad = dir.Write("bad.json", "{ \"id\": ");

        (int code, _, string error) = CliRunner.Run("init", "--db", db, "--import", bad);

        Assert.Equal(1, code);
        Assert.Contains("nothing was imported", error, StringComparison.Ordinal);
        Assert.Contains("0 patient(s)", CliRunner.Run("init", "--db", db, "--import", dir.Write("empty.jsonl", string.Empty)).Output, StringComparison.Ordinal);
    }
}
