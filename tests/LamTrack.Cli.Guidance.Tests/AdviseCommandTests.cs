using System.Text.Json;

namespace LamTrack.Cli.Guidance.Tests;

public sealed class AdviseCommandTests
{
    [Fact]
    public void Advise_Case4Json_FindingsCarryTheRequiredFields()
    {
        CliRun run = CliRun.Of("advise", "--patient", "case-4", "--as-of", "2016-06-20", "--data", CliRun.CaseSeriesFolder(), "--json");
        Assert.Equal(0, run.ExitCode);
        using JsonDocument doc = JsonDocument.Parse(run.Out);
        JsonElement top = doc.RootElement.GetProperty("findings")[0];
        Assert.Equal("LAM-TRO-002", top.GetProperty("ruleId").GetString());
        Assert.Equal("critical", top.GetProperty("severity").GetString());
        foreach (string field in new[] { "message", "rationale", "action" })
        {
            Assert.False(string.IsNullOrWhiteSpace(top.GetProperty(field).GetString()));
        }

        Assert.Equal("[P]", top.GetProperty("citation").GetProperty("tag").GetString());
    }

    [Fact]
    public void Advise_AllAsWorklist_OneLinePerPatient()
    {
        CliRun run = CliRun.Of("advise", "--all", "--as-of", "2016-06-20", "--data", CliRun.CaseSeriesFolder(), "--json");
        Assert.Equal(0, run.ExitCode);
        using JsonDocument doc = JsonDocument.Parse(run.Out);
        JsonElement patients = doc.RootElement.GetProperty("patients");
        Assert.Equal(5, patients.GetArrayLength());
        Assert.Equal("case-4", patients[0].GetProperty("patientId").GetString());
        Assert.Equal("critical", patients[0].GetProperty("mostSevere").GetProperty("severity").GetString());
    }

    [Fact]
    public void Advise_AllBeforeOnePatientsFirstEvent_ListsTheOthersAndReportsTheError()
    {
        CliRun run = CliRun.Of("advise", "--all", "--as-of", "2015-01-05", "--data", CliRun.CaseSeriesFolder());
        Assert.Equal(1, run.ExitCode);
        Assert.Contains("case-2: patient case-2: as-of date 2015-01-05 is before the patient's first event", run.Error, StringComparison.Ordinal);
        Assert.Contains("case-4", run.Out, StringComparison.Ordinal);
    }

    [Fact]
    public void Advise_AsOfBeforeFirstEvent_ExitsWithInvalidData()
    {
        CliRun run = CliRun.Of("advise", "--patient", "case-5", "--as-of", "2013-01-01", "--data", CliRun.CaseSeriesFolder());
        Assert.Equal(1, run.ExitCode);
        Assert.Contains("as-of date 2013-01-01 is before the patient's first event", run.Error, StringComparison.Ordinal);
        Assert.Equal(string.Empty, run.Out);
    }

    [Fact]
    public void Advise_UnknownPatient_ExitsWithInvalidData()
    {
        CliRun run = CliRun.Of("advise", "--patient", "nobody", "--as-of", "2016-06-20", "--data", CliRun.CaseSeriesFolder());
        Assert.Equal(1, run.ExitCode);
        Assert.Contains("no valid patient record with id 'nobody'", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Advise_InvalidRecord_ProducesNoFindings()
    {
        string file = Path.Combine(Path.GetTempPath(), $"lamtrack-invalid-{Guid.NewGuid():N}.json");
        string text = File.ReadAllText(Path.Combine(CliRun.CaseSeriesFolder(), "case-5.json")).Replace("\"value\": \"2017-11\"", "\"value\": \"2017-13\"", StringComparison.Ordinal);
        File.WriteAllText(file, text);
        try
        {
            CliRun run = CliRun.Of("advise", "--patient", "case-5", "--as-of", "2017-12-01", "--data", file);
            Assert.Equal(1, run.ExitCode);
            Assert.Contains("no findings produced", run.Error, StringComparison.Ordinal);
            Assert.Equal(string.Empty, run.Out);
        }
        finally
        {
            File.Delete(file);
        }
    }

    [Fact]
    public void Advise_BadSettingsFile_ExitsWithTheProblem()
    {
        string file = Path.Combine(Path.GetTempPath(), $"lamtrack-settings-{Guid.NewGuid():N}.json");
        File.WriteAllText(file, """{ "targetWindow": { "lowNanogramsPerMillilitre": 10, "highNanogramsPerMillilitre": 5 } }""");
        try
        {
            CliRun run = CliRun.Of("advise", "--patient", "case-4", "--as-of", "2016-06-20", "--data", CliRun.CaseSeriesFolder(), "--settings", file);
            Assert.Equal(1, run.ExitCode);
            Assert.Contains("low 10 ng/mL is not below high 5 ng/mL", run.Error, StringComparison.Ordinal);
        }
        finally
        {
            File.Delete(file);
        }
    }

    [Theory]
    [InlineData("--as-of", "2016-06-20")] // neither --patient nor --all
    [InlineData("--all", "--patient", "case-4", "--as-of", "2016-06-20")] // both
    [InlineData("--all", "--as-of", "20-06-2016")] // not an ISO date
    [InlineData("--all")] // --as-of missing
    public void Advise_BadCommandLine_IsAUsageError(params string[] args)
    {
        CliRun run = CliRun.Of(["advise", .. args]);
        Assert.Equal(2, run.ExitCode);
        Assert.StartsWith("usage:", run.Error, StringComparison.Ordinal);
    }
}
