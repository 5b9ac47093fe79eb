using System.Text.Json;
using LamTrack.Cli.Infrastructure;

namespace LamTrack.Cli.Tests.Commands.Analyze;

public sealed class AnalyzeCommandTests
{
    [Fact]
    public void Run_BundledCaseSeries_WritesAllOutputsWithTable1Counts()
    {
        using var dir = new TemporaryDirectory();
        CliRun run = CliRun.Invoke("analyze", "--out", dir.Path);
        Assert.Equal(ExitCodes.Ok, run.ExitCode);
        foreach (string name in new[] { "analysis.json", "analysis.md", "km.png", "km.svg" })
        {
            Assert.True(new FileInfo(dir.File(name)).Length > 0, name);
        }

        using JsonDocument json = JsonDocument.Parse(File.ReadAllText(dir.File("analysis.json")));
        JsonElement pooled = json.RootElement.GetProperty("pooled");
        // Table 1: 23 before and 1 during sirolimus; case 2's narrative: three relapses after stopping.
        Assert.Equal(23, pooled.GetProperty("before").GetProperty("episodes").GetInt32());
        Assert.Equal(1, pooled.GetProperty("on").GetProperty("episodes").GetInt32());
        Assert.Equal(3, pooled.GetProperty("after").GetProperty("episodes").GetInt32());
        JsonElement ratio = pooled.GetProperty("rateRatioOnVsBefore");
        Assert.Equal(2, ratio.GetProperty("ci95").GetArrayLength());
        Assert.True(ratio.GetProperty("estimate").GetDouble() < 1);
        Assert.Equal(5, json.RootElement.GetProperty("patients").GetArrayLength());
        Assert.Equal("lamtrack-analysis/1", json.RootElement.GetProperty("format").GetString());
        Assert.Empty(Directory.GetDirectories(dir.Path));
    }

    [Fact]
    public void Run_LinearLevelsAndPerSide_PrintsTheChoices()
    {
        using var dir = new TemporaryDirectory();
        CliRun run = CliRun.Invoke("analyze", "--out", dir.Path, "--levels", "linear", "--bilateral", "per-side");
        Assert.Equal(ExitCodes.Ok, run.ExitCode);
        string md = File.ReadAllText(dir.File("analysis.md"));
        Assert.Contains("levels: Linear", md, StringComparison.Ordinal);
        Assert.Contains("bilateral: PerSide", md, StringComparison.Ordinal);
        using JsonDocument json = JsonDocument.Parse(File.ReadAllText(dir.File("analysis.json")));
        // Cases 2, 3 and 4 each have one bilateral episode before sirolimus: 23 + 3 under per-side counting.
        Assert.Equal(26, json.RootElement.GetProperty("pooled").GetProperty("before").GetProperty("episodes").GetInt32());
    }

    [Fact]
    public void Run_InvalidPatient_FailsWithLocationAndWritesNothing()
    {
        using var dir = new TemporaryDirectory();
        string data = Path.Combine(dir.Path, "data");
        Directory.CreateDirectory(data);
        File.Copy(Path.Combine(PatientSource.BundledCaseSeries, "case-1.json"), Path.Combine(data, "case-1.json"));
        File.WriteAllText(Path.Combine(data, "broken.json"), "{ \"format\": \"lamtrack-patient/1\", \"id\": \"x\", ");
        string output = Path.Combine(dir.Path, "out");
        CliRun run = CliRun.Invoke("analyze", "--out", output, "--data", data);
        Assert.Equal(ExitCodes.InvalidData, run.ExitCode);
        Assert.Contains("broken.json", run.Error, StringComparison.Ordinal);
        Assert.False(Directory.Exists(output) && Directory.EnumerateFileSystemEntries(output).Any());

        CliRun skipping = CliRun.Invoke("analyze", "--out", output, "--data", data, "--skip-invalid");
        Assert.Equal(ExitCodes.Ok, skipping.ExitCode);
        using JsonDocument json = JsonDocument.Parse(File.ReadAllText(Path.Combine(output, "analysis.json")));
        Assert.Contains("broken.json", json.RootElement.GetProperty("data").GetProperty("skipped")[0].GetString(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("--target-band", "nope")] // a target that is not among the bands
    [InlineData("--band", "x:9-2")] // an inverted band
    [InlineData("--levels", "spline")] // an unknown interpolation
    public void Run_BadAnalysisOption_ExitsTwo(string option, string value)
    {
        using var dir = new TemporaryDirectory();
        Assert.Equal(ExitCodes.Usage, CliRun.Invoke("analyze", "--out", dir.Path, option, value).ExitCode);
    }
}
