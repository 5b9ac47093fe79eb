using LamTrack.Testing;

namespace LamTrack.Cli.Tests.Commands;

public sealed class ReportCommandTests
{
    private static readonly string[] s_files = ["table1.md", "table1.csv", "table1.html", "figure1.png", "figure1.svg", "data-quality.md"];

    [Fact]
    public void Report_DefaultData_WritesEveryFile()
    {
        string dir = Path.Combine(Directory.CreateTempSubdirectory("lamtrack-report-").FullName, "out");
        (int code, string output, _) = CliRunner.Run("report", "--out", dir);
        Assert.Equal(0, code);
        Assert.All(s_files, f => Assert.True(File.Exists(Path.Combine(dir, f)), f));
        Assert.Contains("Number of PTX episodes before sirolimus therapy", output, StringComparison.Ordinal);
        Assert.Contains("6,3,6,6,2", File.ReadAllText(Path.Combine(dir, "table1.csv")), StringComparison.Ordinal);
    }

    [Fact]
    public void Report_InvalidData_ExitsOneAndWritesNothing()
    {
        string root = Directory.CreateTempSubdirectory("lamtrack-report-").FullName;
        var json = CaseSeriesData.Json(1);
        json["events"]![0]!["type"] = "nonsense";
        string data = Path.Combine(root, "case-1.json");
        File.WriteAllText(data, json.ToJsonString());
        string dir = Path.Combine(root, "out");
        (int code, _, string error) = CliRunner.Run("report", "--out", dir, "--data", data);
        Assert.Equal(1, code);
        Assert.False(Directory.Exists(dir));
        Assert.Contains("PF-003", error, StringComparison.Ordinal);
        Assert.Empty(Directory.GetDirectories(root));
    }

    [Fact]
    public void Report_EmptyDatabase_ExitsOneWithAReasonAndWritesNothing()
    {
        string root = Directory.CreateTempSubdirectory("lamtrack-report-").FullName;
        string db = Path.Combine(root, "empty.db");
        Assert.Equal(0, CliRunner.Run("init", "--db", db).ExitCode);
        string dir = Path.Combine(root, "out");
        (int code, _, string error) = CliRunner.Run("report", "--db", db, "--out", dir);
        Assert.Equal(1, code);
        Assert.Contains("holds no patient", error, StringComparison.Ordinal);
        Assert.False(Directory.Exists(dir));
    }

    [Fact]
    public void Report_MissingOut_ExitsTwo() => Assert.Equal(2, CliRunner.Run("report").ExitCode);
}
