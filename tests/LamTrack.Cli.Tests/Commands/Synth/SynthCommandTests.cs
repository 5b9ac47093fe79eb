using System.Text.Json;
using LamTrack.Cli.Infrastructure;

namespace LamTrack.Cli.Tests.Commands.Synth;

public sealed class SynthCommandTests
{
    [Fact]
    public void Run_SameSeed_SameFileAndDifferentSeedDiffers()
    {
        using var dir = new TemporaryDirectory();
        Assert.Equal(ExitCodes.Ok, CliRun.Invoke("synth", "--patients", "30", "--seed", "5", "--out", dir.File("a.jsonl")).ExitCode);
        Assert.Equal(ExitCodes.Ok, CliRun.Invoke("synth", "--patients", "30", "--seed", "5", "--out", dir.File("b.jsonl")).ExitCode);
        Assert.Equal(ExitCodes.Ok, CliRun.Invoke("synth", "--patients", "30", "--seed", "6", "--out", dir.File("c.jsonl")).ExitCode);
        Assert.Equal(File.ReadAllText(dir.File("a.jsonl")), File.ReadAllText(dir.File("b.jsonl")));
        Assert.NotEqual(File.ReadAllText(dir.File("a.jsonl")), File.ReadAllText(dir.File("c.jsonl")));
        Assert.Equal(30, File.ReadAllLines(dir.File("a.jsonl")).Length);
        Assert.Equal(ExitCodes.Ok, CliRun.Invoke("validate", dir.File("a.jsonl")).ExitCode);
    }

    [Fact]
    public void Run_PrintsParameters() =>
        Assert.Contains("untreated rate 1.5", CliRun.Invoke("synth", "--patients", "1", "--out", Path.Combine(Path.GetTempPath(), $"lamtrack-{Guid.NewGuid():N}.jsonl")).Output, StringComparison.Ordinal);

    [Fact]
    public void AnalyzeOfSynth_LargeCohortWithKnownRatio_RecoversItWithinItsInterval()
    {
        // Every on-sirolimus multiplier 0.25: the true rate ratio on vs before is 0.25 whatever the levels.
        // The index episode opens the before period and is not part of the simulated process, so it is excluded.
        using var dir = new TemporaryDirectory();
        CliRun synth = CliRun.Invoke("synth", "--patients", "1500", "--seed", "2026", "--out", dir.File("cohort.jsonl"),
            "--in-range-multiplier", "0.25", "--low-level-multiplier", "0.25", "--undetectable-multiplier", "0.25");
        Assert.Equal(ExitCodes.Ok, synth.ExitCode);
        CliRun analyze = CliRun.Invoke("analyze", "--data", dir.File("cohort.jsonl"), "--out", dir.File("out"), "--exclude-index");
        Assert.Equal(ExitCodes.Ok, analyze.ExitCode);
        using JsonDocument json = JsonDocument.Parse(File.ReadAllText(Path.Combine(dir.File("out"), "analysis.json")));
        JsonElement ci = json.RootElement.GetProperty("pooled").GetProperty("rateRatioOnVsBefore").GetProperty("ci95");
        Assert.InRange(0.25, ci[0].GetDouble(), ci[1].GetDouble());
        Assert.True(ci[1].GetDouble() / ci[0].GetDouble() < 1.3, "a cohort this size pins the ratio down");
    }

    [Fact]
    public void AnalyzeOfSynth_DefaultModel_InRangeBandHasLowerRateThanUndetectable()
    {
        using var dir = new TemporaryDirectory();
        Assert.Equal(ExitCodes.Ok, CliRun.Invoke("synth", "--patients", "1500", "--seed", "3", "--out", dir.File("cohort.jsonl")).ExitCode);
        Assert.Equal(ExitCodes.Ok, CliRun.Invoke("analyze", "--data", dir.File("cohort.jsonl"), "--out", dir.File("out")).ExitCode);
        using JsonDocument json = JsonDocument.Parse(File.ReadAllText(Path.Combine(dir.File("out"), "analysis.json")));
        var bands = json.RootElement.GetProperty("pooled").GetProperty("troughBands").EnumerateArray().ToDictionary(b => b.GetProperty("band").GetString()!, b => b.GetProperty("rate").GetDouble());
        Assert.True(bands["3-10"] < bands["<3"], $"3-10: {bands["3-10"]}, <3: {bands["<3"]}");
    }
}
