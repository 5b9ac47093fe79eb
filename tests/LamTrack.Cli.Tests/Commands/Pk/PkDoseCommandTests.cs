using System.Text.Json;

namespace LamTrack.Cli.Tests.Commands.Pk;

public sealed class PkDoseCommandTests
{
    [Fact]
    public void Dose_Json_PrintsTheWholeResultWithForecastBand()
    {
        (int code, string output, string error) = CliRunner.Run("pk", "dose", "--patient", "case-4", "--json");

        Assert.True(code == 0, error);
        using JsonDocument doc = JsonDocument.Parse(output);
        JsonElement root = doc.RootElement;
        Assert.Equal("case-4", root.GetProperty("patientId").GetString());
        Assert.True(root.GetProperty("regimens").GetArrayLength() > 10);
        JsonElement points = root.GetProperty("forecast").GetProperty("points");
        Assert.True(points.GetArrayLength() > 100);
        foreach (JsonElement p in points.EnumerateArray())
        {
            double low = p.GetProperty("lowerNanogramsPerMillilitre").GetDouble(), high = p.GetProperty("upperNanogramsPerMillilitre").GetDouble();
            Assert.True(low <= high, "the band's lower edge is below its upper edge");
        }

        Assert.Matches(@"^\d{4}-\d{2}-\d{2}$", root.GetProperty("nextTroughDate").GetString()!);
        Assert.Equal(4, root.GetProperty("labelMaximum").GetProperty("dailyMilligrams").GetDouble());
    }

    [Theory]
    [InlineData("out.png")] // the extension the user typed is not doubled
    [InlineData("out")] // no extension
    [InlineData("out.SVG")] // either image extension, any case
    public void Dose_Plot_WritesPngAndSvgOnce(string name)
    {
        using var dir = new TemporaryDirectory();
        string plot = dir.File(name);

        (int code, _, string error) = CliRunner.Run("pk", "dose", "--patient", "case-4", "--plot", plot);

        Assert.True(code == 0, error);
        Assert.True(File.Exists(dir.File("out.png")));
        Assert.True(File.Exists(dir.File("out.svg")));
        Assert.Equal(2, Directory.GetFiles(dir.Path).Length);
    }

    [Fact]
    public void Dose_BadTarget_ExitsOneWithTheReason()
    {
        (int code, _, string error) = CliRunner.Run("pk", "dose", "--patient", "case-4", "--target", "15-5");

        Assert.Equal(1, code);
        Assert.Contains("15-5", error, StringComparison.Ordinal);
    }

    [Fact]
    public void Dose_ShortInhibitorCourse_PrintsThePlanInPhasesAndItsJson()
    {
        string data = Path.Combine(LamTrack.Testing.CaseSeriesData.RepositoryRoot, "tests", "scenarios", "interactions");
        string[] args = ["pk", "dose", "--data", data, "--patient", "scn-short", "--at", "2025-05-05"];

        (int code, string output, string error) = CliRunner.Run(args);
        (int jsonCode, string json, _) = CliRunner.Run([.. args, "--json"]);

        Assert.True(code == 0 && jsonCode == 0, error);
        Assert.Contains("Dose plan in phases", output, StringComparison.Ordinal);
        Assert.Contains("washout of clarithromycin", output, StringComparison.Ordinal);
        using JsonDocument doc = JsonDocument.Parse(json);
        JsonElement phases = doc.RootElement.GetProperty("plan").GetProperty("phases");
        Assert.Equal(3, phases.GetArrayLength());
        Assert.Equal("2025-05-15", phases[1].GetProperty("startDate").GetString());
    }

    [Fact]
    public void Dose_NoInteractingDrug_PrintsNoPlan()
    {
        string data = Path.Combine(LamTrack.Testing.CaseSeriesData.RepositoryRoot, "tests", "scenarios", "interactions");

        (int code, string output, string error) = CliRunner.Run("pk", "dose", "--data", data, "--patient", "scn-none", "--at", "2025-05-05");

        Assert.True(code == 0, error);
        Assert.DoesNotContain("Dose plan in phases", output, StringComparison.Ordinal);
    }
}
