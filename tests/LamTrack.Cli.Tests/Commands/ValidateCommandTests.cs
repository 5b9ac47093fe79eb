using LamTrack.Testing;

namespace LamTrack.Cli.Tests.Commands;

public sealed class ValidateCommandTests
{
    [Fact]
    public void Validate_BundledCaseSeries_ExitsZero()
    {
        (int code, string output, _) = CliRunner.Run("validate", CaseSeriesData.Folder);
        Assert.Equal(0, code);
        Assert.Contains("5 patient record(s) valid", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_InvalidFile_ExitsOneAndNamesFilePatientEventField()
    {
        string dir = Directory.CreateTempSubdirectory("lamtrack-cli-").FullName;
        var json = CaseSeriesData.Json(3);
        CaseSeriesData.Event(json, "c3-ptx1")["compression"]!["right"] = 150;
        string file = Path.Combine(dir, "case-3.json");
        File.WriteAllText(file, json.ToJsonString());
        (int code, _, string error) = CliRunner.Run("validate", file);
        Assert.Equal(1, code);
        Assert.Contains($"{file}: patient case-3, event c3-ptx1, field events[0].compression.right", error, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", error, StringComparison.Ordinal);
        Directory.Delete(dir, recursive: true);
    }

    [Fact]
    public void Validate_NoArgument_ExitsTwo() => Assert.Equal(2, CliRunner.Run("validate").ExitCode);
}
