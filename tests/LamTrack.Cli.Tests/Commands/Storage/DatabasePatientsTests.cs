using LamTrack.Cli.Infrastructure;

namespace LamTrack.Cli.Tests.Commands.Storage;

/// <summary>Commands that read patients give the same results from <c>--db</c> as from <c>--data</c>.</summary>
public sealed class DatabasePatientsTests
{
    [Fact]
    public void Report_FromDatabase_WritesTheSameFilesAsFromPatientFiles()
    {
        using var dir = new TemporaryDirectory();
        string db = Imported(dir);

        (int fromFiles, string filesOutput, _) = CliRunner.Run("report", "--out", dir.File("files"));
        (int fromDb, string dbOutput, string error) = CliRunner.Run("report", "--db", db, "--out", dir.File("db"));

        Assert.Equal((0, 0), (fromFiles, fromDb));
        Assert.True(error.Length == 0, error);
        // SVGs are left out: ScottPlot numbers their element ids per process, so two renders differ anyway.
        foreach (string? file in Directory.GetFiles(dir.File("files")).Select(Path.GetFileName).Where(f => !f!.EndsWith(".svg", StringComparison.Ordinal)))
        {
            Assert.Equal(File.ReadAllBytes(Path.Combine(dir.File("files"), file!)), File.ReadAllBytes(Path.Combine(dir.File("db"), file!)));
        }

        Assert.Equal(filesOutput.Replace(dir.File("files"), "OUT", StringComparison.Ordinal), dbOutput.Replace(dir.File("db"), "OUT", StringComparison.Ordinal));
    }

    [Fact]
    public void PkDose_FromDatabase_PrintsTheSameProposals()
    {
        using var dir = new TemporaryDirectory();
        string db = Imported(dir);

        CliRunResult files = Run("pk", "dose", "--patient", "case-4");
        CliRunResult database = Run("pk", "dose", "--patient", "case-4", "--db", db);

        Assert.Equal(files, database);
    }

    [Fact]
    public void Load_DatabaseMissing_ReportsStore008AndExitsOne()
    {
        using var dir = new TemporaryDirectory();

        (int code, _, string error) = CliRunner.Run("report", "--db", dir.File("missing.db"), "--out", dir.File("out"));

        Assert.Equal(1, code);
        Assert.Contains("STORE-008", error, StringComparison.Ordinal);
        Assert.False(File.Exists(dir.File("missing.db")));
    }

    [Fact]
    public void Load_DataAndDbTogether_IsRefused()
    {
        using var dir = new TemporaryDirectory();
        string db = Imported(dir);

        (int code, _, string error) = CliRunner.Run("report", "--db", db, "--data", PatientSource.BundledCaseSeries, "--out", dir.File("out"));

        Assert.Equal(1, code);
        Assert.Contains("either --data or --db", error, StringComparison.Ordinal);
    }

    private static string Imported(TemporaryDirectory dir)
    {
        string db = dir.File("clinic.db");
        (int code, _, string error) = CliRunner.Run("init", "--db", db, "--import", PatientSource.BundledCaseSeries);
        Assert.True(code == 0, error);
        return db;
    }

    private static CliRunResult Run(params string[] args)
    {
        (int code, string output, string error) = CliRunner.Run(args);
        return new CliRunResult(code, output, error);
    }

    private sealed record CliRunResult(int Code, string Output, string Error);
}
